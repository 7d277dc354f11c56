using Hub.Adapters.Abstractions;
using Hub.Adapters.Assurance;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Assurance;

public class AssuranceEvaluatorTests
{
    private static readonly AssuranceSignals Signals = new()
    {
        AuthnContext = new Dictionary<string, LevelOfAssurance>
        {
            ["urn:mebuku:ac:jpki-card"] = LevelOfAssurance.A,
            ["urn:mebuku:ac:jpki-face"] = LevelOfAssurance.B,
            ["mydoor:mnc"] = LevelOfAssurance.B,
            ["mydoor:email"] = LevelOfAssurance.C,
        },
        Amr = new Dictionary<string, LevelOfAssurance>
        {
            ["hwk"] = LevelOfAssurance.A,
            ["face"] = LevelOfAssurance.B,
            ["otp"] = LevelOfAssurance.B,
            ["pin"] = LevelOfAssurance.C,
            ["pwd"] = LevelOfAssurance.C,
        },
    };

    private readonly AssuranceEvaluator _evaluator = new();

    [Theory]
    [InlineData("urn:mebuku:ac:jpki-card", LevelOfAssurance.A)]
    [InlineData("urn:mebuku:ac:jpki-face", LevelOfAssurance.B)]
    [InlineData("mydoor:mnc", LevelOfAssurance.B)]
    [InlineData("mydoor:email", LevelOfAssurance.C)]
    [InlineData("urn:jp:regional-id:loa:B", LevelOfAssurance.B)]
    [InlineData("http://eidas.europa.eu/LoA/high", LevelOfAssurance.A)]
    [InlineData("http://eidas.europa.eu/LoA/substantial", LevelOfAssurance.B)]
    [InlineData("http://eidas.europa.eu/LoA/low", LevelOfAssurance.C)]
    public void Evaluate_KnownContext_ReturnsItsLevel(string context, LevelOfAssurance expected)
    {
        var outcome = _evaluator.Evaluate(Assertion([context], []), Signals);

        Assert.Equal(expected, outcome.Asserted);
        Assert.Empty(outcome.Warnings);
    }

    [Fact]
    public void Evaluate_UnknownContext_IsLevelDWithWarnings()
    {
        var outcome = _evaluator.Evaluate(Assertion(["urn:oasis:names:tc:SAML:2.0:ac:classes:Password"], []), Signals);

        Assert.Equal(LevelOfAssurance.D, outcome.Asserted);
        Assert.Equal(["assurance.unknown_evidence", "assurance.no_evidence"], outcome.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Evaluate_NoContext_IsLevelD()
    {
        var outcome = _evaluator.Evaluate(Assertion([], ["hwk", "pin"]), Signals);

        Assert.Equal(LevelOfAssurance.D, outcome.Asserted);
        Assert.Equal("assurance.no_evidence", Assert.Single(outcome.Warnings).Code);
    }

    [Fact]
    public void Evaluate_ContextOfAnotherProvider_IsNotRecognised()
    {
        var outcome = _evaluator.Evaluate(Assertion(["aizu:mnc"], []), Signals);

        Assert.Equal(LevelOfAssurance.D, outcome.Asserted);
    }

    [Fact]
    public void Evaluate_SeveralContexts_TakesTheLowest()
    {
        var outcome = _evaluator.Evaluate(Assertion(["urn:mebuku:ac:jpki-card", "mydoor:email"], []), Signals);

        Assert.Equal(LevelOfAssurance.C, outcome.Asserted);
    }

    [Theory]
    [InlineData(new[] { "pwd" }, LevelOfAssurance.C)]
    [InlineData(new[] { "pwd", "otp" }, LevelOfAssurance.B)]
    [InlineData(new[] { "face" }, LevelOfAssurance.B)]
    [InlineData(new[] { "hwk", "pin" }, LevelOfAssurance.A)]
    [InlineData(new[] { "user" }, LevelOfAssurance.A)]
    public void Evaluate_AmrOfAStrongContext_CapsAtTheStrongestMethod(string[] amr, LevelOfAssurance expected)
    {
        var outcome = _evaluator.Evaluate(Assertion(["urn:mebuku:ac:jpki-card"], amr), Signals);

        Assert.Equal(expected, outcome.Asserted);
    }

    [Fact]
    public void Evaluate_StrongAmrWithAWeakContext_DoesNotRaiseTheLevel()
    {
        var outcome = _evaluator.Evaluate(Assertion(["mydoor:email"], ["hwk", "pin"]), Signals);

        Assert.Equal(LevelOfAssurance.C, outcome.Asserted);
    }

    private static ProviderAssertion Assertion(string[] context, string[] amr) =>
        new("p", "sub", DateTimeOffset.UnixEpoch, context, amr, new Dictionary<string, IReadOnlyList<string>>());
}
