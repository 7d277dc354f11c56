namespace Hub.Gateway.Pages;

/// <summary>The marker type of the pages' texts: Resources/Pages/PageTexts.resx (Japanese) and PageTexts.en.resx.</summary>
public sealed class PageTexts
{
    private PageTexts()
    {
    }
}
