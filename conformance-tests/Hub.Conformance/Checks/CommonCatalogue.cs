using static Hub.TrustList.Conformance.CheckLevel;

namespace Hub.Conformance.Checks;

/// <summary>Checks every candidate meets, whatever its protocol.</summary>
internal static class CommonCatalogue
{
    public static readonly CheckDefinition EntryValid = new(
        "META-ENTRY-01", "The draft entry is a valid trust-list entry", "docs/trustlist.md §Structural rules", Must,
        "The entry passes the trust list's structural validator (ids, names, regions with valid local government codes, protocol metadata, common-schema attributes); keys and endpoints are judged by META-KEY-01 and META-TLS-01.");

    public static readonly CheckDefinition TransportSecure = new(
        "META-TLS-01", "Every endpoint uses https", "OIDC Core §16.17; SAML2 Bindings §3.4.5.2, §3.5.5.2; docs/onboarding.md §Federation limits", Must,
        "Every endpoint of the entry and of its metadata is an absolute https URL; plain http is accepted only on a loopback host of a candidate marked sandbox.");

    public static readonly CheckDefinition KeysAllowed = new(
        "META-KEY-01", "Keys are of allowed types and sizes", "RFC 7518 §3.3, §3.4; SAML2 Metadata §2.4.1.1; docs/trustlist.md §Structural rules", Must,
        "Every pinned key and every key the metadata publishes is RSA of 2048 bits or more, or EC on P-256 or P-384.");

    public static readonly CheckDefinition ProfileKnown = new(
        "MAP-01", "The mapping profile is known and covers the declared attributes", "docs/attributes.md §3", Must,
        "The hub (or the candidate's draft profiles directory) holds the mapping profile the entry names, for the entry's protocol, with a rule or a derivation for every attribute the entry declares.");

    public static readonly CheckDefinition SubjectDistinct = new(
        "SUB-02", "Subjects differ between accounts", "SAML2 Core §8.3.7; OIDC Core §2, §5.7", Must,
        "Different test accounts receive different subjects.");

    public static readonly CheckDefinition AttributesDelivered = new(
        "ATTR-01", "Every declared attribute is delivered", "docs/attributes.md §1 (Which claims a provider delivers), §3", Must,
        "Each login delivers a source attribute for every claim its account expects, and every claim the entry declares is expected of at least one account (claims derived by the hub count as delivered when their source is).");

    public static readonly CheckDefinition AttributesClean = new(
        "ATTR-02", "Attributes convert cleanly into the common schema", "docs/attributes.md §3, §11", Must,
        "Every delivered value converts through the mapping profile with no mapping warning (names, readings, e-mail and the rest; dates, genders and addresses are judged by ATTR-03 and ATTR-04).");

    public static readonly CheckDefinition DatesAndGenders = new(
        "ATTR-03", "Dates and genders parse", "docs/attributes.md §6, §8; ISO 5218", Must,
        "Birth dates (Gregorian or Japanese era) and gender codes convert without a mapping warning, and the derived ages can be computed.");

    public static readonly CheckDefinition AddressesAndCodes = new(
        "ATTR-04", "Addresses and local government codes are valid", "docs/attributes.md §7; JIS X 0401/0402 (check digit)", Must,
        "Addresses convert without a mapping warning and every local government code delivered carries a valid check digit.");

    public static readonly CheckDefinition LevelCapped = new(
        "LOA-01", "Asserted levels never exceed the declared maximum", "docs/attributes.md §10; docs/trustlist.md (max_loa)", Must,
        "The level each login asserts is at most the entry's max_loa.");

    public static readonly CheckDefinition LevelExpected = new(
        "LOA-02", "The evidence gives each account its expected level", "docs/attributes.md §10", Must,
        "The authentication context of each login is recognised by the mapping profile and yields the account's expected level, and a login at that level is not refused as too weak.");

    public static readonly CheckDefinition ResponseTimes = new(
        "OPS-01", "Response times are recorded", "docs/onboarding.md §Operations", Should,
        "The round trip of the normal logins (request, login, answer, validation) is measured; p50 and p95 are reported for information.");
}
