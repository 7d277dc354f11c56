using Hub.TrustList.Common;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.Conformance.Candidates;

/// <summary>
/// Test accounts: at least two (subjects must differ between accounts), distinct usernames, a level A to D, and
/// expected attributes that the entry declares.
/// </summary>
internal static class CandidateAccounts
{
    public static Result<IReadOnlyList<TestAccount>, ConformanceError> Read(IReadOnlyList<TestAccountFile> accounts, IdentityProviderEntry entry)
    {
        if (accounts.Count < 2)
        {
            return CandidateLoader.Fail("Give at least two test accounts: the suite checks that subjects differ between accounts.");
        }
        var read = new List<TestAccount>();
        foreach (var account in accounts)
        {
            if (string.IsNullOrWhiteSpace(account.Username) || read.Any(a => a.Username == account.Username))
            {
                return CandidateLoader.Fail($"Test account usernames must be present and distinct ('{account.Username}').");
            }
            if (account.ExpectedLoa is not ("A" or "B" or "C" or "D"))
            {
                return CandidateLoader.Fail($"Account '{account.Username}': expected_loa must be A, B, C or D.");
            }
            var undeclared = account.ExpectedAttributes.FirstOrDefault(a => !entry.Attributes.Contains(a, StringComparer.Ordinal));
            if (undeclared is not null)
            {
                return CandidateLoader.Fail($"Account '{account.Username}' expects '{undeclared}', which the entry does not declare in 'attributes'.");
            }
            var level = Enum.Parse<LevelOfAssurance>(account.ExpectedLoa);
            read.Add(new TestAccount(account.Username, account.Password, level, account.ExpectedAttributes));
        }
        return Result<IReadOnlyList<TestAccount>, ConformanceError>.Ok(read);
    }
}
