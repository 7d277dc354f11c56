using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.OpenIdProvider.Subjects;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.Stores.Serialization;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging.Abstractions;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.Tests.OpenIdProvider.Authorization;

/// <summary>
/// The code of the hub's own paths, written without a principal (<see cref="AuthorizationPrincipalFactory.CreateCode"/>),
/// reads at the token endpoint exactly like the code OpenIddict's principal gave before (<see cref="RedeemedCode"/>).
/// </summary>
public sealed class AuthorizationPrincipalFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 3, 0, 0, TimeSpan.Zero);
    private static readonly RelyingPartyEntry Rp = TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys).FindRelyingParty(TestTrustList.OsakaService)!;

    private readonly AuthorizationPrincipalFactory _factory = new(new PairwiseSubjectCalculator(
        Microsoft.Extensions.Options.Options.Create(new HubOpenIdProviderOptions { PairwiseSecret = "test-pairwise-secret" }), NullLogger<PairwiseSubjectCalculator>.Instance));

    [Theory]
    [InlineData("nonce-1")]
    [InlineData(null)]
    public void CreateCode_ReadsAtTheTokenEndpointLikeThePrincipalsCode(string? nonce)
    {
        var request = Request(nonce, LevelOfAssurance.B);
        var identity = TestIdentities.MaebashiResident(Now.AddMinutes(-1));
        var consented = new HashSet<string>(["name", "address", "age_over_18"], StringComparer.Ordinal);

        var direct = _factory.CreateCode(request, identity, consented, "challenge-1", Now.AddSeconds(60));
        var viaPrincipal = ViaPrincipal(request, identity, consented, "challenge-1", Now.AddSeconds(60));

        Assert.True(direct.IsSuccess);
        var read = RedeemedCode.From(StoreJson.Deserialize<StoredCodePrincipal>(StoreJson.Serialize(direct.Value.Code)));
        Assert.Equal(viaPrincipal.ClientId, read.ClientId);
        Assert.Equal(viaPrincipal.RedirectUri, read.RedirectUri);
        Assert.Equal(viaPrincipal.CodeChallenge, read.CodeChallenge);
        Assert.Equal(viaPrincipal.CodeChallengeMethod, read.CodeChallengeMethod);
        Assert.Equal(viaPrincipal.ExpiresAt, read.ExpiresAt);
        Assert.Equal(viaPrincipal.Nonce, read.Nonce);
        Assert.Equal(viaPrincipal.Subject, read.Subject);
        Assert.Equal(viaPrincipal.Scopes.Order(), read.Scopes.Order());
        Assert.Equal(viaPrincipal.IdTokenClaims.Select(Describe).Order(), read.IdTokenClaims.Select(Describe).Order());
        Assert.Equal(viaPrincipal.Released, read.Released);
        Assert.Equal(Now.AddSeconds(60), read.ExpiresAt);
    }

    [Fact]
    public void CreateCode_IssuanceFacts_SubjectAcrAndReleasedNames()
    {
        var identity = TestIdentities.MaebashiResident(Now);

        var created = _factory.CreateCode(Request("n", LevelOfAssurance.B), identity, new HashSet<string>(["name"], StringComparer.Ordinal), "c", Now);

        var (code, issuance, released) = created.Value;
        Assert.Equal(TestTrustList.OsakaService, issuance.ClientId);
        Assert.Equal(RedeemedCode.From(code).Subject, issuance.Subject);
        Assert.Equal(code.Claims.Single(c => c.Type == Claims.AuthenticationContextReference).Value, issuance.Acr);
        Assert.Equal(["name"], issuance.ReleasedClaimNames);
        Assert.Equal(["name"], released.Names);
    }

    [Fact]
    public void CreateCode_IdentityBelowTheRequiredLevel_UnmetAuthenticationRequirements()
    {
        var identity = TestIdentities.MaebashiResident(Now, LevelOfAssurance.C);

        var created = _factory.CreateCode(Request("n", LevelOfAssurance.B), identity, new HashSet<string>(StringComparer.Ordinal), "c", Now);

        Assert.False(created.IsSuccess);
        Assert.Equal(AuthorizationErrors.UnmetAuthenticationRequirements, created.Error!.Error);
        Assert.Equal("op.loa.not_met", created.Error.Code);
    }

    /// <summary>What the authorization answer did before: the principal, OpenIddict's bindings, then the stored form.</summary>
    private RedeemedCode ViaPrincipal(
        ValidatedAuthorizationRequest request, Hub.Adapters.Identity.InternalIdentity identity, IReadOnlySet<string> consented, string challenge, DateTimeOffset expiresAt)
    {
        var principal = _factory.Create(request, identity, consented).Value.Principal;
        principal.SetPresenters(request.ClientId)
            .SetCreationDate(Now)
            .SetExpirationDate(expiresAt)
            .SetClaim(Claims.Private.RedirectUri, request.RedirectUri)
            .SetClaim(Claims.Private.CodeChallenge, challenge)
            .SetClaim(Claims.Private.CodeChallengeMethod, CodeChallengeMethods.Sha256)
            .SetClaim(Claims.Private.Nonce, request.Nonce);
        return RedeemedCode.From(StoredCodePrincipal.From(principal));
    }

    private static string Describe(StoredClaim claim)
        => $"{claim.Type}={claim.Value} ({claim.ValueType}) [{string.Join(',', claim.Destinations ?? [])}]";

    private static ValidatedAuthorizationRequest Request(string? nonce, LevelOfAssurance required) => new(
        TestTrustList.OsakaService, Rp, "https://rp.example.jp/callback", "state-1", nonce,
        new HashSet<string>(["openid", "profile", "address"], StringComparer.Ordinal),
        new HashSet<string>(["name", "address", "age_over_18"], StringComparer.Ordinal),
        new HashSet<string>(["name", "address", "age_over_18"], StringComparer.Ordinal),
        required, [], null, new HashSet<string>(StringComparer.Ordinal), null, null, [], new Dictionary<string, string>());
}
