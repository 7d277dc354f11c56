using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Hub.TrustList.Signing;
using Hub.TrustList.Tests.Signing;
using Hub.TrustList.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Hub.TrustList.Tests.Docs;

/// <summary>docs/trustlist.md stays true: its example verifies, and it documents every error code.</summary>
public partial class TrustListDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(JwkTests.FindRepositoryRoot(), "docs", "trustlist.md"));

    [GeneratedRegex("```json\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public void Example_SignedWithTheDocumentedKey_Verifies()
    {
        var blocks = JsonBlock().Matches(Doc).Select(m => m.Groups[1].Value).ToList();
        var verifier = new TrustListVerifier(
            new TrustListVerifierOptions { Anchors = [TrustAnchor.FromJwk(blocks[1])] },
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)));

        var result = verifier.Verify(Encoding.UTF8.GetBytes(blocks[0]));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.NotNull(result.Value.FindBrand("sakai-d"));
    }

    [Fact]
    public void ErrorCodes_EveryCode_Documented()
    {
        var codes = typeof(TrustListErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.All(codes, code => Assert.Contains($"| `{code}` |", Doc, StringComparison.Ordinal));
    }
}
