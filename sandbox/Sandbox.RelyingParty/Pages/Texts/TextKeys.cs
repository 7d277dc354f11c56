namespace Sandbox.RelyingParty.Pages.Texts;

/// <summary>The keys of texts.json that the pages use by name (the catalog test checks each is there).</summary>
internal static class TextKeys
{
    public const string AppName = "app.name";
    public const string AppOperator = "app.operator";
    public const string AppDemo = "app.demo";
    public const string Back = "back";
    public const string SignOut = "signout";

    public const string HomeTitle = "home.title";
    public const string HomeIntro = "home.intro";
    public const string HomeSignIn = "home.signin";
    public const string HomeHints = "home.hints";
    public const string HomeSignedIn = "home.signed-in";
    public const string HomeShowClaims = "home.show-claims";
    public const string HomeSignedOut = "home.signed-out";
    public const string HomeRevoked = "home.revoked";
    public const string HomeRevocations = "home.revocations";

    public const string ClaimsTitle = "claims.title";
    public const string ClaimsSummary = "claims.summary";
    public const string ClaimsAcr = "claims.acr";
    public const string ClaimsProvider = "claims.provider";
    public const string ClaimsBrand = "claims.brand";
    public const string ClaimsSub = "claims.sub";
    public const string ClaimsIdToken = "claims.id-token";
    public const string ClaimsUserinfo = "claims.userinfo";
    public const string ClaimsUserinfoNone = "claims.userinfo-none";
    public const string ClaimsClaim = "claims.claim";
    public const string ClaimsValue = "claims.value";
    public const string ClaimsNone = "claims.none";

    public const string ErrorTitle = "error.title";
    public const string ErrorCode = "error.code";
    public const string ErrorDetails = "error.details";
    public const string ErrorRetry = "error.retry";
    public const string ErrorUnknown = "error.unknown";

    public const string RevocationsTitle = "revocations.title";
    public const string RevocationsIntro = "revocations.intro";
    public const string RevocationsNone = "revocations.none";
    public const string RevocationsReceived = "revocations.received";
    public const string RevocationsSubject = "revocations.subject";
    public const string RevocationsEvents = "revocations.events";

    /// <summary>The explanation of a sign-in error code (<c>error.access_denied</c>, ...).</summary>
    public static string Error(string code) => "error." + code;

    /// <summary>The description of a hub acr value (<c>loa.urn:jp:regional-id:loa:B</c>).</summary>
    public static string Level(string acr) => "loa." + acr;

    /// <summary>The label of a claim (<c>claim.birthdate</c>).</summary>
    public static string Claim(string name) => "claim." + name;
}
