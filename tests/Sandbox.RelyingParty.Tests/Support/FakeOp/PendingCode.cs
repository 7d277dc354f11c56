namespace Sandbox.RelyingParty.Tests.Support.FakeOp;

/// <summary>What an issued code is bound to.</summary>
internal sealed record PendingCode(string ClientId, string RedirectUri, string CodeChallenge, string CodeChallengeMethod, string? Nonce);
