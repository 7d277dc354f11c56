using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Sandbox.RelyingParty.Hosting;

/// <summary>
/// The data-protection key ring of one demo run, kept in memory: an in-process RP writes no keys to the user's
/// profile, and its cookies die with it (a demo session needs no more).
/// </summary>
internal sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_gate)
        {
            _elements.Add(new XElement(element));
        }
    }
}
