using System.CommandLine;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Editing;

/// <summary>The flags of <c>brand add|update</c> (the provider is named by <c>--provider</c> on the command).</summary>
internal sealed class BrandFlags : EntryFlags
{
    private readonly Option<string> _id = new("--id") { Description = "Brand id, e.g. sakai-d." };
    private readonly Option<string> _nameJa = new("--name-ja") { Description = "Display name in Japanese." };
    private readonly Option<string> _nameEn = new("--name-en") { Description = "Display name in English." };
    private readonly Option<string> _logoText = new("--logo-text") { Description = "Text shown in place of a logo on the discovery page." };
    private readonly Option<Region[]> _regions = RegionFlag.Create();

    public override string Noun => "brand";

    public override string KeyMember => "id";

    public override Option<string> Key => _id;

    public override IEnumerable<Option> Options => [_id, _nameJa, _nameEn, _logoText, _regions];

    public override CliError? Apply(ParseResult result, EntryDraft draft)
    {
        SetText(result, _id, draft, "id");
        SetText(result, _nameJa, draft, "display_name.ja");
        SetText(result, _nameEn, draft, "display_name.en");
        SetText(result, _logoText, draft, "logo_text");
        SetModel(result, _regions, draft, "regions");
        return null;
    }

    public override IEnumerable<RequiredMember> Required(EntryDraft draft) =>
        [new("id", "--id"), .. Names("name", "display_name"), new("regions", "--region")];
}
