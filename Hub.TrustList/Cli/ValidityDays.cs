using System.CommandLine;

namespace Hub.TrustList.Cli;

/// <summary><c>--validity-days N</c>: how long a release is valid, 1 to 366 days.</summary>
internal static class ValidityDays
{
    public static Option<int?> Create(string description, int? defaultValue)
    {
        var option = new Option<int?>("--validity-days") { Description = description, HelpName = "days" };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } days && days is < 1 or > 366)
            {
                result.AddError($"--validity-days must be between 1 and 366, not {days}.");
            }
        });
        return option;
    }
}
