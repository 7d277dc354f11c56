using Microsoft.IdentityModel.JsonWebTokens;

namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

/// <summary>One token request as the fake hub saw it: the form, the client assertion, and why it was refused (null: accepted).</summary>
internal sealed record TokenRequestRecord(IReadOnlyDictionary<string, string> Form, JsonWebToken? Assertion, string? Rejection);
