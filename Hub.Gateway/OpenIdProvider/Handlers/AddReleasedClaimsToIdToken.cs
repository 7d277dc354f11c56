using Hub.Gateway.OpenIdProvider.Release;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>Writes the released claims into the ID token payload with their JSON types (objects, arrays, booleans).</summary>
internal sealed class AddReleasedClaimsToIdToken : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<AddReleasedClaimsToIdToken>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachTokenMetadata.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType != TokenTypeIdentifiers.IdentityToken
            || context.Transaction.GetProperty<string>(TransactionProperties.ReleasedClaims) is not { } json)
        {
            return ValueTask.CompletedTask;
        }
        var payload = context.SecurityTokenDescriptor.Claims is null
            ? new Dictionary<string, object>(StringComparer.Ordinal)
            : new Dictionary<string, object>(context.SecurityTokenDescriptor.Claims, StringComparer.Ordinal);
        foreach (var (name, value) in ReleasedClaims.FromJson(json).ToTokenClaims())
        {
            payload[name] = value;
        }
        context.SecurityTokenDescriptor.Claims = payload;
        return ValueTask.CompletedTask;
    }
}
