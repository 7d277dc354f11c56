using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Display;

/// <summary>The words of show and diff, in Japanese (the default) and English.</summary>
internal sealed record Labels(
    string ListTitle,
    string Sequence,
    string IssuedAt,
    string NextUpdate,
    string Signed,
    string Unsigned,
    string Providers,
    string Brands,
    string Regions,
    string RelyingParties,
    string Id,
    string Name,
    string Protocol,
    string MaxLoa,
    string MinLoa,
    string Status,
    string Conformance,
    string Provider,
    string Code,
    string Kind,
    string ServedBy,
    string None,
    string Accredited,
    string Suspended,
    string Withdrawn,
    string Added,
    string Removed,
    string Changed,
    string Keys,
    string Reason,
    string NoChanges,
    string Members,
    string HistoryRewritten,
    string Issuer,
    string Brand,
    string RelyingParty,
    string RevocationEndpoint)
{
    public static Labels Japanese { get; } = new(
        ListTitle: "トラストリスト", Sequence: "通番", IssuedAt: "発行日時", NextUpdate: "次回更新", Signed: "署名済み",
        Unsigned: "未署名", Providers: "IDプロバイダー", Brands: "ブランド", Regions: "地域", RelyingParties: "利用サービス（RP）",
        Id: "ID", Name: "名称", Protocol: "プロトコル", MaxLoa: "最大LoA", MinLoa: "最低LoA", Status: "状態",
        Conformance: "適合性記録", Provider: "IDプロバイダー", Code: "団体コード", Kind: "種別", ServedBy: "提供元",
        None: "なし", Accredited: "認定", Suspended: "停止中", Withdrawn: "取消",
        Added: "追加", Removed: "削除", Changed: "変更", Keys: "鍵", Reason: "理由", NoChanges: "変更なし", Members: "項目",
        HistoryRewritten: "状態履歴が書き換えられています（追記ではありません）", Issuer: "発行者",
        Brand: "ブランド", RelyingParty: "利用サービス", RevocationEndpoint: "同意取消の通知先");

    public static Labels English { get; } = new(
        ListTitle: "Trust list", Sequence: "sequence", IssuedAt: "issued at", NextUpdate: "next update", Signed: "signed",
        Unsigned: "unsigned", Providers: "Identity providers", Brands: "Brands", Regions: "Regions", RelyingParties: "Relying parties",
        Id: "id", Name: "name", Protocol: "protocol", MaxLoa: "max LoA", MinLoa: "min LoA", Status: "status",
        Conformance: "conformance", Provider: "provider", Code: "code", Kind: "kind", ServedBy: "served by",
        None: "none", Accredited: "accredited", Suspended: "suspended", Withdrawn: "withdrawn",
        Added: "added", Removed: "removed", Changed: "changed", Keys: "keys", Reason: "reason", NoChanges: "no changes", Members: "members",
        HistoryRewritten: "status history was rewritten, not appended to", Issuer: "issuer",
        Brand: "brand", RelyingParty: "relying party", RevocationEndpoint: "consent revocation endpoint");

    public static Labels For(string language) => language == "en" ? English : Japanese;

    public string Of(EntryStatus status) => status switch
    {
        EntryStatus.Accredited => Accredited,
        EntryStatus.Suspended => Suspended,
        _ => Withdrawn,
    };
}
