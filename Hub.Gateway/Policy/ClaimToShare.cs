using System.Text.Json.Nodes;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>One claim the consent step asks about: its value for this person and the RP's purpose for it.</summary>
public sealed record ClaimToShare(string Claim, JsonNode Value, LocalizedText Purpose, bool Required, int PurposeVersion);
