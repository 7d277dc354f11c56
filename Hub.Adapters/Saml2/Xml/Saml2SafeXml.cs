using System.Text;
using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Xml;

/// <summary>
/// Loads SAML XML without any DTD, entity or external resolution (XXE, billion laughs and DOCTYPE are rejected
/// with <c>saml.xml.dtd</c>), keeping whitespace, comments and processing instructions exactly as signed.
/// Only UTF-8 is accepted: every SAML binding in use carries UTF-8, and a fixed encoding lets the DTD pre-scan see
/// the real characters.
/// </summary>
public static class Saml2SafeXml
{
    /// <summary>Deeper nesting than this is no SAML message but an attempt to exhaust recursive code.</summary>
    public const int MaxDepth = 48;

    /// <summary>A hard cap independent of the binding caps.</summary>
    public const int MaxCharacters = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<XmlDocument, AdapterError> Load(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlMalformed, "The message is not valid UTF-8.");
        }
        return Load(text);
    }

    public static Result<XmlDocument, AdapterError> Load(string text)
    {
        if (text.Length > MaxCharacters)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Size, "The XML message is larger than the hard cap.");
        }
        // A DOCTYPE can only stand in the prolog; no SAML message has one. Rejecting it before parsing gives the
        // precise code; the reader below prohibits DTDs anyway.
        if (text.Contains("<!DOCTYPE", StringComparison.Ordinal) || text.Contains("<!ENTITY", StringComparison.Ordinal))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlDtd, "A DTD (DOCTYPE or ENTITY declaration) is not allowed.");
        }
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings);
            document.Load(reader);
        }
        catch (XmlException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlMalformed, "The message is not well-formed XML.");
        }
        if (document.DocumentElement is null)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlMalformed, "The message has no root element.");
        }
        if (document.ChildNodes.OfType<XmlDocumentType>().Any())
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlDtd, "A DTD is not allowed.");
        }
        if (ExceedsDepth(document.DocumentElement, MaxDepth))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlDepth, $"The XML is nested deeper than {MaxDepth} levels.");
        }
        return Result<XmlDocument, AdapterError>.Ok(document);
    }

    private static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>Iterative, so that the check itself cannot overflow the stack.</summary>
    private static bool ExceedsDepth(XmlElement root, int maxDepth)
    {
        var stack = new Stack<(XmlNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                return true;
            }
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.NodeType == XmlNodeType.Element)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }
        return false;
    }
}
