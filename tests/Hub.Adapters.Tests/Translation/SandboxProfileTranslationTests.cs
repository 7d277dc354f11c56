using Hub.Adapters.Identity;
using Hub.TrustList.Model;
using static Hub.Adapters.Tests.Translation.TranslationFixtures;

namespace Hub.Adapters.Tests.Translation;

/// <summary>The three shipped profiles translating assertions as the sandbox providers send them.</summary>
public class SandboxProfileTranslationTests
{
    [Fact]
    public void Translate_MebukuSamlAssertion_MapsEraDateUrisAndAddress()
    {
        var provider = Mebuku();
        var assertion = Assertion(provider, ["urn:mebuku:ac:jpki-card"], [],
            ("urn:mebuku:attr:name", "前橋　太郎"),
            ("urn:mebuku:attr:kana", "マエバシ　タロウ"),
            ("urn:mebuku:attr:birthdate", "平成2年1月15日"),
            ("urn:mebuku:attr:gender", "1"),
            ("urn:mebuku:attr:address", "群馬県前橋市大手町２－１２－１"),
            ("urn:mebuku:attr:lgcode", "102016"));

        var identity = Translator().Translate(assertion, provider, Pending(provider, LevelOfAssurance.A)).Value;

        Assert.Equal(("mebuku", null, "subject-mebuku"), (identity.ProviderId, identity.BrandId, identity.ProviderSubject));
        Assert.Equal((LevelOfAssurance.A, LevelOfAssurance.A), (identity.AssertedLoa, identity.EffectiveLoa));
        Assert.Equal(LoginTime, identity.AuthTime);
        Assert.Equal(new CommonAttributes
        {
            Name = "前橋 太郎",
            FamilyName = "前橋",
            GivenName = "太郎",
            NameKana = "マエバシ タロウ",
            FamilyNameKana = "マエバシ",
            GivenNameKana = "タロウ",
            Birthdate = new DateOnly(1990, 1, 15),
            Gender = "male",
            Address = new CommonAddress
            {
                Formatted = "群馬県前橋市大手町2-12-1",
                Region = "群馬県",
                Locality = "前橋市",
                StreetAddress = "大手町2-12-1",
                LocalGovernmentCode = "102016",
            },
            AgeOver18 = true,
            AgeOver65 = false,
            ResidentOf = identity.Attributes.ResidentOf,
        }, identity.Attributes);
        Assert.Equal(["102016", "100005"], identity.Attributes.ResidentOf);
        Assert.Empty(identity.Warnings);
    }

    [Fact]
    public void Translate_MydoorSakaiDAssertion_MapsOwnClaimNamesSlashDateAndHalfWidthKana()
    {
        var provider = Mydoor();
        var assertion = Assertion(provider, ["mydoor:mnc"], ["hwk", "pin"],
            ("mydoor_brand", "sakai-d"),
            ("mydoor_name", "堺 花子"),
            ("mydoor_kana", "ｻｶｲ ﾊﾅｺ"),
            ("birthday", "1990/04/01"),
            ("sex", "女"),
            ("address.region", "大阪府"),
            ("address.locality", "堺市堺区"),
            ("address.street_address", "南瓦町３－１"),
            ("address.postal_code", "590-0078"),
            ("lg_code", "271403"),
            ("email", "hanako@example.jp"),
            ("email_verified", "true"));

        var identity = Translator().Translate(assertion, provider, Pending(provider, LevelOfAssurance.B, "sakai-d")).Value;

        Assert.Equal("sakai-d", identity.BrandId);
        Assert.Equal((LevelOfAssurance.B, LevelOfAssurance.B), (identity.AssertedLoa, identity.EffectiveLoa));
        var a = identity.Attributes;
        Assert.Equal(("堺 花子", "堺", "花子", "サカイ ハナコ"), (a.Name, a.FamilyName, a.GivenName, a.NameKana));
        Assert.Equal((new DateOnly(1990, 4, 1), "female"), (a.Birthdate!.Value, a.Gender));
        Assert.Equal(("大阪府", "堺市堺区", "南瓦町3-1", "590-0078", "271403", "大阪府堺市堺区南瓦町3-1"),
            (a.Address!.Region, a.Address.Locality, a.Address.StreetAddress, a.Address.PostalCode, a.Address.LocalGovernmentCode, a.Address.Formatted));
        Assert.Equal(["271403", "270008"], a.ResidentOf);
        Assert.Equal(("hanako@example.jp", true), (a.Email, a.EmailVerified!.Value));
        Assert.Equal((true, false), (a.AgeOver18!.Value, a.AgeOver65!.Value));
        Assert.Empty(identity.Warnings);
    }

    [Fact]
    public void Translate_MydoorSexAsIsoCode_MapsIt()
    {
        var provider = Mydoor();
        var assertion = Assertion(provider, ["mydoor:mnc"], ["hwk", "pin"], ("sex", "1"), ("birthday", "1985/12/03"));

        var identity = Translator().Translate(assertion, provider, Pending(provider)).Value;

        Assert.Equal(("male", new DateOnly(1985, 12, 3)), (identity.Attributes.Gender, identity.Attributes.Birthdate!.Value));
    }

    [Fact]
    public void Translate_AizuCardProofedAssertion_MapsStandardClaimsAndEraInitials()
    {
        var provider = Aizu();
        var assertion = Assertion(provider, ["aizu:mnc"], ["hwk", "pin"],
            ("name", "会津 一郎"),
            ("family_name", "会津"),
            ("given_name", "一郎"),
            ("family_name#ja-Kana-JP", "アイヅ"),
            ("given_name#ja-Kana-JP", "イチロウ"),
            ("birthdate", "H2.1.15"),
            ("gender", "male"),
            ("address.formatted", "福島県会津若松市東栄町3-46"),
            ("address.postal_code", "965-8601"),
            ("email", "ichiro@example.jp"),
            ("email_verified", "true"));

        var identity = Translator().Translate(assertion, provider, Pending(provider, LevelOfAssurance.B)).Value;

        var a = identity.Attributes;
        Assert.Equal(LevelOfAssurance.B, identity.EffectiveLoa);
        Assert.Equal(("会津 一郎", "会津", "一郎"), (a.Name, a.FamilyName, a.GivenName));
        Assert.Equal(("アイヅ イチロウ", "アイヅ", "イチロウ"), (a.NameKana, a.FamilyNameKana, a.GivenNameKana));
        Assert.Equal(new DateOnly(1990, 1, 15), a.Birthdate);
        Assert.Equal(("福島県", "会津若松市", "東栄町3-46", "965-8601", "072028"),
            (a.Address!.Region, a.Address.Locality, a.Address.StreetAddress, a.Address.PostalCode, a.Address.LocalGovernmentCode));
        Assert.Equal(["072028", "070009"], a.ResidentOf);
        Assert.Empty(identity.Warnings);
    }

    [Fact]
    public void Translate_AizuEmailOnlyUserAtLevelC_MapsOnlyTheEmail()
    {
        var provider = Aizu();
        var assertion = Assertion(provider, ["aizu:email"], ["pwd"], ("email", "user@example.com"), ("email_verified", "true"));

        var identity = Translator().Translate(assertion, provider, Pending(provider, LevelOfAssurance.C)).Value;

        Assert.Equal((LevelOfAssurance.C, LevelOfAssurance.C), (identity.AssertedLoa, identity.EffectiveLoa));
        Assert.Equal(new CommonAttributes { Email = "user@example.com", EmailVerified = true }, identity.Attributes);
        Assert.Empty(identity.Warnings);
    }

    [Fact]
    public void Translate_AizuEmailOnlyUserWhenBIsRequired_FailsWithLevelNotMet()
    {
        var provider = Aizu();
        var assertion = Assertion(provider, ["aizu:email"], ["pwd"], ("email", "user@example.com"));

        var result = Translator().Translate(assertion, provider, Pending(provider, LevelOfAssurance.B));

        Assert.Equal("assurance.level_not_met", result.Error!.Code);
        Assert.Equal(Hub.Adapters.Abstractions.AdapterErrorKind.LevelNotMet, result.Error.Kind);
    }

    [Fact]
    public void Translate_MebukuValuesThatCannotBeConverted_AreDroppedAndReported()
    {
        var provider = Mebuku();
        var assertion = Assertion(provider, ["urn:mebuku:ac:jpki-face"], [],
            ("urn:mebuku:attr:name", "前橋　太郎"),
            ("urn:mebuku:attr:kana", "前橋　タロウ"),
            ("urn:mebuku:attr:birthdate", "平成31年5月1日"),
            ("urn:mebuku:attr:gender", "X"),
            ("urn:mebuku:attr:address", "群馬県前橋市大手町2-12-1"),
            ("urn:mebuku:attr:lgcode", "102019"));

        var identity = Translator().Translate(assertion, provider, Pending(provider)).Value;

        var a = identity.Attributes;
        Assert.Equal("前橋 太郎", a.Name);
        Assert.Null(a.NameKana);
        Assert.Null(a.Birthdate);
        Assert.Null(a.AgeOver18);
        Assert.Null(a.Gender);
        // The bad code is dropped; the address itself names Maebashi, whose code the hub knows.
        Assert.Equal("102016", a.Address!.LocalGovernmentCode);
        Assert.Equal(
            [("name_kana", "urn:mebuku:attr:kana", "kana.invalid"),
             ("birthdate", "urn:mebuku:attr:birthdate", "date.outside_era"),
             ("gender", "urn:mebuku:attr:gender", "gender.unrecognised"),
             ("address.local_government_code", "urn:mebuku:attr:lgcode", "lgcode.invalid")],
            identity.Warnings.Select(w => (w.Claim, w.SourceAttribute, w.Code)));
        Assert.All(identity.Warnings, w => Assert.DoesNotContain("平成31", w.Message, StringComparison.Ordinal));
    }
}
