namespace Hub.Conformance.Flows;

/// <summary>The hub's HTTP-Redirect request URL without <c>SigAlg</c> and <c>Signature</c>: the same AuthnRequest, unsigned.</summary>
internal static class UnsignedRequest
{
    public static Uri Of(Uri signed)
    {
        var kept = signed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("SigAlg=", StringComparison.Ordinal) && !p.StartsWith("Signature=", StringComparison.Ordinal));
        return new UriBuilder(signed) { Query = string.Join('&', kept) }.Uri;
    }
}
