using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

public static class TestIdentities
{
    public const string ProviderSubject = "mebuku-user-000123";

    /// <summary>A My Number Card-proofed Maebashi resident (level A) with every common attribute.</summary>
    public static InternalIdentity MaebashiResident(DateTimeOffset authTime, LevelOfAssurance level = LevelOfAssurance.A) => new(
        "mebuku", BrandId: null, ProviderSubject, level, level, authTime, ["mfa", "hwk"],
        new CommonAttributes
        {
            Name = "前橋 花子",
            FamilyName = "前橋",
            GivenName = "花子",
            NameKana = "マエバシ ハナコ",
            Birthdate = new DateOnly(1990, 4, 1),
            Gender = "female",
            Address = new CommonAddress { Region = "群馬県", Locality = "前橋市", LocalGovernmentCode = "102016", Country = "JP" },
            AgeOver18 = true,
            AgeOver65 = false,
            ResidentOf = ["102016"],
            Email = "hanako@example.jp",
            EmailVerified = true,
        },
        []);
}
