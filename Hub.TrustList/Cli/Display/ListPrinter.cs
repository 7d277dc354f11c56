using System.Globalization;
using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Display;

/// <summary>The readable form of a trust list that <c>show</c> prints: a header and four tables.</summary>
internal static class ListPrinter
{
    public static void Print(TextWriter writer, TrustListDocument document, string language)
    {
        var l = Labels.For(language);
        writer.WriteLine($"{l.ListTitle}: {document.Issuer.Name.For(language)} ({document.Issuer.Id})");
        writer.WriteLine($"{l.Sequence}: {document.Sequence}  {l.IssuedAt}: {InstantParser.Format(document.IssuedAt)}  "
                         + $"{l.NextUpdate}: {InstantParser.Format(document.NextUpdate)}  {(document.Signature is null ? l.Unsigned : l.Signed)}");

        Section(writer, l.Providers, Providers(document, language, l));
        Section(writer, l.Brands, Brands(document, language, l));
        Section(writer, l.Regions, Regions(document, language, l));
        Section(writer, l.RelyingParties, RelyingParties(document, language, l));
    }

    private static void Section(TextWriter writer, string title, TextTable table)
    {
        writer.WriteLine();
        writer.WriteLine($"{title} ({table.Count})");
        table.WriteTo(writer);
    }

    private static TextTable Providers(TrustListDocument document, string language, Labels l)
    {
        var table = new TextTable(l.Id, l.Name, l.Protocol, l.MaxLoa, l.Status, l.Conformance);
        foreach (var p in document.IdentityProviders)
        {
            table.Add(p.Id, p.DisplayName.For(language), Wire(p.Protocol), p.MaxLoa.ToString(), l.Of(p.Status), Conformance(p.Conformance, l));
        }
        return table;
    }

    private static TextTable Brands(TrustListDocument document, string language, Labels l)
    {
        var table = new TextTable(l.Id, l.Name, l.Provider, l.Status);
        foreach (var p in document.IdentityProviders)
        {
            foreach (var b in p.Brands)
            {
                table.Add(b.Id, b.DisplayName.For(language), p.Id, l.Of(b.Status));
            }
        }
        return table;
    }

    private static TextTable Regions(TrustListDocument document, string language, Labels l)
    {
        var table = new TextTable(l.Code, l.Name, l.ServedBy);
        var served = document.IdentityProviders
            .SelectMany(p => p.Regions.Select(r => (Region: r, By: p.Id))
                .Concat(p.Brands.SelectMany(b => b.Regions.Select(r => (Region: r, By: $"{p.Id}/{b.Id}")))));
        foreach (var group in served.GroupBy(x => x.Region.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.Add(group.Key, group.First().Region.Name.For(language), string.Join(", ", group.Select(x => x.By)));
        }
        return table;
    }

    private static TextTable RelyingParties(TrustListDocument document, string language, Labels l)
    {
        var table = new TextTable("client_id", l.Name, l.Kind, l.MinLoa, l.Status, l.RevocationEndpoint);
        foreach (var r in document.RelyingParties)
        {
            table.Add(r.ClientId, r.DisplayName.For(language), r.Kind == RelyingPartyKind.Public ? "public" : "private", r.MinLoa.ToString(), l.Of(r.Status),
                r.ConsentRevocationEndpoint?.AbsoluteUri ?? l.None);
        }
        return table;
    }

    private static string Conformance(ConformanceRecord? record, Labels l) =>
        record is null ? l.None : $"{record.ReportDigest} ({record.SuiteVersion}, {record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

    private static string Wire(ProviderProtocol protocol) => protocol == ProviderProtocol.Saml2 ? "saml2" : "oidc";
}
