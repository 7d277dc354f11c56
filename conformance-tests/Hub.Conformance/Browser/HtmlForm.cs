namespace Hub.Conformance.Browser;

/// <summary>A form of a page: its id, action (absolute) and the fields a browser would submit (buttons excluded).</summary>
internal sealed record HtmlForm(string? Id, string Method, Uri Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public bool Has(string name) => Fields.Any(f => f.Key == name);
}
