using Hub.TrustList.Model;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>An entry (at <paramref name="EntryOffset"/>) whose written <c>status</c> is not the one its history gives.</summary>
internal readonly record struct StatusFinding(long EntryOffset, string Written, EntryStatus Applied);
