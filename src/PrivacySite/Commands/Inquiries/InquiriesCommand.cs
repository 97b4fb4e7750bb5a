using System.CommandLine;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary><c>privacysite inquiries</c>: the privacy office's desk over the stored requests and complaints.</summary>
internal static class InquiriesCommand
{
    public static Command Create()
    {
        var lang = CommonOptions.Language("The language of the output: en (default) or ja.");
        lang.Recursive = true;
        return new Command("inquiries",
            "Work through stored requests and complaints: list, show, documents, set-status, extend, export, purge, purge-documents. " +
            "Uses the same store as the intake service (InquiryStore__ConnectionString, or the folder InquiryStore__Path, default .data/inquiries).")
        {
            lang,
            ListCommand.Create(lang),
            ShowCommand.Create(lang),
            DocumentsCommand.Create(lang),
            SetStatusCommand.Create(lang),
            ExtendCommand.Create(lang),
            ExportCommand.Create(lang),
            PurgeCommand.Create(lang),
            PurgeDocumentsCommand.Create(lang),
        };
    }
}
