using Hub.Adapters.Abstractions;
using Hub.TrustList.Model;
using Microsoft.Extensions.Time.Testing;
using static Hub.Adapters.Tests.Translation.TranslationFixtures;

namespace Hub.Adapters.Tests.Translation;

public class AssertionTranslatorTests
{
    [Fact]
    public void Translate_LevelAboveTheProviderCap_IsCappedAndKeepsTheAssertedLevel()
    {
        var provider = Mebuku(maxLoa: LevelOfAssurance.B);

        var identity = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:jpki-card"], []), provider, Pending(provider, LevelOfAssurance.B)).Value;

        Assert.Equal((LevelOfAssurance.A, LevelOfAssurance.B), (identity.AssertedLoa, identity.EffectiveLoa));
    }

    [Fact]
    public void Translate_CappedLevelBelowTheRequirement_FailsWithLevelNotMet()
    {
        var provider = Mebuku(maxLoa: LevelOfAssurance.B);

        var result = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:jpki-card"], []), provider, Pending(provider, LevelOfAssurance.A));

        Assert.False(result.IsSuccess);
        Assert.Equal(("assurance.level_not_met", AdapterErrorKind.LevelNotMet), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public void Translate_AssertedLevelBelowTheRequirement_FailsWithLevelNotMet()
    {
        var provider = Mebuku();

        var result = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:jpki-face"], []), provider, Pending(provider, LevelOfAssurance.A));

        Assert.Equal("assurance.level_not_met", result.Error!.Code);
    }

    [Theory]
    [InlineData("http://eidas.europa.eu/LoA/substantial", LevelOfAssurance.B)]
    [InlineData("urn:jp:regional-id:loa:A", LevelOfAssurance.A)]
    public void Translate_StandardLevelUri_IsUnderstoodFromAnyProvider(string context, LevelOfAssurance expected)
    {
        var provider = Mebuku();

        var identity = Translator().Translate(Assertion(provider, [context], []), provider, Pending(provider)).Value;

        Assert.Equal(expected, identity.EffectiveLoa);
    }

    [Fact]
    public void Translate_UnknownEvidence_IsLevelDAndRefusedWhenCIsRequired()
    {
        var provider = Mebuku();

        var result = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:unknown"], []), provider, Pending(provider, LevelOfAssurance.C));

        Assert.Equal("assurance.level_not_met", result.Error!.Code);
    }

    [Fact]
    public void Translate_UnknownEvidenceWhenDIsEnough_SucceedsWithAWarning()
    {
        var provider = Mebuku();

        var identity = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:unknown"], []), provider, Pending(provider, LevelOfAssurance.D)).Value;

        Assert.Equal(LevelOfAssurance.D, identity.EffectiveLoa);
        Assert.Contains(identity.Warnings, w => w.Code == "assurance.unknown_evidence");
    }

    [Fact]
    public void Translate_AssertionOfAnotherProvider_FailsWithNotAccredited()
    {
        var provider = Mebuku();
        var foreign = Assertion(Aizu(), ["aizu:mnc"], []);

        var result = Translator().Translate(foreign, provider, Pending(provider));

        Assert.Equal(("provider.not_accredited", AdapterErrorKind.NotAccredited), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public void Translate_FlowOfAnotherProvider_FailsWithNotAccredited()
    {
        var provider = Mebuku();

        var result = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:jpki-card"], []), provider, Pending(Aizu()));

        Assert.Equal("provider.not_accredited", result.Error!.Code);
    }

    [Theory]
    [InlineData(EntryStatus.Suspended)]
    [InlineData(EntryStatus.Withdrawn)]
    public void Translate_ProviderNotAccredited_FailsWithNotAccredited(EntryStatus status)
    {
        var provider = Provider("mebuku", ProviderProtocol.Saml2, LevelOfAssurance.A, "mebuku-saml-v1", ["name"], status: status);

        var result = Translator().Translate(Assertion(provider, ["urn:mebuku:ac:jpki-card"], []), provider, Pending(provider));

        Assert.Equal(("provider.not_accredited", AdapterErrorKind.NotAccredited), (result.Error!.Code, result.Error.Kind));
    }

    [Theory]
    [InlineData(EntryStatus.Suspended, "sakai-d")]
    [InlineData(EntryStatus.Accredited, "no-such-brand")]
    public void Translate_BrandOfTheFlowNotAccredited_FailsWithBrandNotAccredited(EntryStatus status, string brandId)
    {
        var provider = Mydoor(sakaiStatus: status);

        var result = Translator().Translate(Assertion(provider, ["mydoor:mnc"], []), provider, Pending(provider, brandId: brandId));

        Assert.Equal(("brand.not_accredited", AdapterErrorKind.NotAccredited), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public void Translate_ReportedBrandSuspended_FailsWithBrandNotAccredited()
    {
        var provider = Mydoor(sakaiStatus: EntryStatus.Suspended);

        var result = Translator().Translate(Assertion(provider, ["mydoor:mnc"], [], ("mydoor_brand", "sakai-d")), provider, Pending(provider));

        Assert.Equal("brand.not_accredited", result.Error!.Code);
    }

    [Theory]
    [InlineData("mydoor")]
    [InlineData("other-brand")]
    public void Translate_ReportedBrandDiffersFromTheFlows_FailsWithBrandMismatch(string reported)
    {
        var provider = Mydoor();

        var result = Translator().Translate(Assertion(provider, ["mydoor:mnc"], [], ("mydoor_brand", reported)), provider, Pending(provider, brandId: "sakai-d"));

        Assert.Equal(("brand.mismatch", AdapterErrorKind.Rejected), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public void Translate_ProfileNotLoaded_FailsWithProfileUnknown()
    {
        var provider = Provider("x", ProviderProtocol.Oidc, LevelOfAssurance.B, "no-such-profile-v1", ["email"]);

        var result = Translator().Translate(Assertion(provider, ["urn:jp:regional-id:loa:C"], []), provider, Pending(provider));

        Assert.Equal("mapping.profile_unknown", result.Error!.Code);
    }

    [Fact]
    public void Translate_ProfileOfAnotherProtocol_FailsWithProtocolMismatch()
    {
        var provider = Provider("x", ProviderProtocol.Oidc, LevelOfAssurance.B, "mebuku-saml-v1", ["email"]);

        var result = Translator().Translate(Assertion(provider, ["urn:jp:regional-id:loa:C"], []), provider, Pending(provider));

        Assert.Equal("mapping.profile_protocol_mismatch", result.Error!.Code);
    }

    [Fact]
    public void Translate_EmptySubject_FailsWithSubjectMissing()
    {
        var provider = Mebuku();
        var assertion = Assertion(provider, ["urn:mebuku:ac:jpki-card"], []) with { Subject = " " };

        var result = Translator().Translate(assertion, provider, Pending(provider));

        Assert.Equal("assertion.subject_missing", result.Error!.Code);
    }

    [Fact]
    public void Translate_ClaimSentButNotDeclared_IsNotEmitted()
    {
        var provider = Mydoor(attributes: ["name"]);
        var assertion = Assertion(provider, ["mydoor:mnc"], [], ("mydoor_name", "堺 花子"), ("email", "hanako@example.jp"), ("birthday", "1990/04/01"));

        var identity = Translator().Translate(assertion, provider, Pending(provider)).Value;

        Assert.Equal(new Hub.Adapters.Identity.CommonAttributes { Name = "堺 花子" }, identity.Attributes);
    }

    [Fact]
    public void Translate_AuthTimeAheadOfTheHubClock_ComputesAgeAtTheClock()
    {
        // Born 2 June 2006: 18 on 2 June 2024 JST. The provider claims the login at 00:00 on 2 June; the hub's clock says 1 June.
        var provider = Mydoor();
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 23, 0, 0, TimeSpan.FromHours(9)));
        var assertion = Assertion(provider, ["mydoor:mnc"], [], ("birthday", "2006/06/02")) with
        {
            AuthTime = new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.FromHours(9)),
        };

        var identity = Translator(clock).Translate(assertion, provider, Pending(provider)).Value;

        Assert.False(identity.Attributes.AgeOver18);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(Translator(clock).Translate(assertion, provider, Pending(provider)).Value.Attributes.AgeOver18);
    }

    [Fact]
    public void Translate_Amr_IsPassedOn()
    {
        var provider = Mydoor();

        var identity = Translator().Translate(Assertion(provider, ["mydoor:mnc"], ["hwk", "pin"]), provider, Pending(provider)).Value;

        Assert.Equal(["hwk", "pin"], identity.Amr);
    }
}
