using System.Text.Json;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>A Security Event Token whose signature, issuer, audience, age, jti and events all passed.</summary>
internal sealed record ValidatedSet(
    string Jti, string Issuer, DateTimeOffset IssuedAt, string? Subject, IReadOnlyList<string> EventTypes, JsonElement Events);
