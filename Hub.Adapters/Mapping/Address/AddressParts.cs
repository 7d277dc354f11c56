namespace Hub.Adapters.Mapping.Address;

/// <summary>A one-line Japanese address split into 都道府県, 市区町村 (with 郡 or 政令市の区) and the rest.</summary>
internal sealed record AddressParts(string Prefecture, string Municipality, string? Rest)
{
    public string Formatted => Prefecture + Municipality + Rest;
}
