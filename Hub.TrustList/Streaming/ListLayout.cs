namespace Hub.TrustList.Streaming;

/// <summary>Where a value lies in the document.</summary>
internal readonly record struct ByteRange(long Start, int Length);

/// <summary>
/// A member of the top-level object: its name, where its value lies, and, for an array, where each element lies.
/// <see cref="Text"/> is the value of a string member (the signature); <see cref="IsNull"/> says the value is null.
/// </summary>
internal sealed record LayoutMember(string Name, ByteRange Value, ByteRange[]? Elements, string? Text, bool IsNull);

/// <summary>
/// The top-level members of a document in document order, as <see cref="LayoutScanner"/> found them, and the digest
/// of the whole document (base64url SHA-256) when it was asked for.
/// </summary>
internal sealed record ListLayout(IReadOnlyList<LayoutMember> Members, string? Digest = null)
{
    public LayoutMember? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }
        return null;
    }
}
