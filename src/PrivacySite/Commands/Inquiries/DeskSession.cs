using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Export;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// What every `inquiries` subcommand works with: the store, opened from the same InquiryStore__*
/// settings (environment variables) and the same code as the intake service, and the language to
/// print in. A store that cannot be opened or does not answer ends the command with a message and exit code 1.
/// </summary>
internal sealed class DeskSession
{
    private DeskSession(InquiryDesk desk, DeskContent content, InquiryStoreSettings settings, string storeDescription, Language language, TextWriter output, TextWriter error)
    {
        Desk = desk;
        Content = content;
        Settings = settings;
        DueBasis = new DueDateBasis(content.DueDates);
        StoreDescription = storeDescription;
        Language = language;
        Output = output;
        Error = error;
    }

    public InquiryDesk Desk { get; }

    /// <summary>The content the service answers with: the calendar, the forms' labels, the CSV's words.</summary>
    public DeskContent Content { get; }

    /// <summary>Where the store, its audit trail and its identity documents are.</summary>
    public InquiryStoreSettings Settings { get; }

    /// <summary>Whether a due date is the internal target (the notice states no number of days).</summary>
    public DueDateBasis DueBasis { get; }

    public string StoreDescription { get; }

    public Language Language { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The argument of the subcommands that act on one inquiry.</summary>
    public static Argument<string> ReferenceArgument() => new("REF") { Description = "The reference number, such as D-7KQ4-M9TX." };

    /// <summary>Makes <paramref name="action"/> the subcommand's action, run with a session on the store.</summary>
    public static void SetAction(Command command, Option<string> lang, Func<ParseResult, DeskSession, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, lang, action, cancellationToken));

    private static async Task<int> RunAsync(ParseResult parse, Option<string> lang, Func<ParseResult, DeskSession, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var language = CommonOptions.LanguageOf(parse, lang);
        var error = parse.InvocationConfiguration.Error;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var settings = InquiryStoreSettings.From(key => configuration[key]);
        IInquiryStore store;
        PrivacySite.Inquiries.Documents.IDocumentStore documents;
        string description;
        try
        {
            store = settings.Open();
            documents = settings.OpenDocuments();
            description = settings.Describe();
        }
        catch (FormatException e)
        {
            error.WriteLine(DeskText.StoreUnreadable.Format(e.Message).In(language));
            return 1;
        }

        try
        {
            var content = DeskContent.Load(configuration["Intake:ContentPath"]);
            var session = new DeskSession(new InquiryDesk(store, TimeProvider.System, content.Calendar, documents), content, settings, description, language,
                parse.InvocationConfiguration.Output, error);
            return await action(parse, session, cancellationToken);
        }
        catch (InquiryStoreUnavailableException e)
        {
            error.WriteLine(DeskText.StoreUnavailable.Format(e.Message).In(language));
            return 1;
        }
    }

    public string Text(Phrase phrase) => phrase.In(Language);

    /// <summary>Prints a refusal on the error stream; returns the exit code 1.</summary>
    public int Fail(Phrase phrase)
    {
        Error.WriteLine(phrase.In(Language));
        return 1;
    }

    public bool TryReference(string text, out ReferenceNumber reference)
    {
        reference = default;
        if (ReferenceNumber.TryParse(text, out var parsed))
        {
            reference = parsed.Value;
            return true;
        }

        Fail(DeskText.NotAReference.Format(TextTable.OneLine(text)));
        return false;
    }

    /// <summary>Reads a day written YYYY-MM-DD; none given is null and fine; anything else is refused with a message.</summary>
    public bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        Fail(DeskText.NotADate.Format(TextTable.OneLine(text)));
        return false;
    }

    /// <summary>The --actor option of the commands that change an inquiry: who did it, by default the user name.</summary>
    public static Option<string> ActorOption() => new("--actor")
    {
        Description = "Who made the change (default: your user name).",
        DefaultValueFactory = _ => Environment.UserName,
        HelpName = "NAME",
    };

    public static string ActorOf(ParseResult parse, Option<string> actor) =>
        parse.GetValue(actor)?.Trim() is { Length: > 0 } named ? named : Environment.UserName;

    /// <summary>The exit code of a change: <paramref name="done"/> for one stored, else the refusal printed.</summary>
    public int Report(ReferenceNumber number, StatusChange change, Func<StatusChange.Changed, int> done) => change switch
    {
        StatusChange.Changed changed => done(changed),
        StatusChange.NotFound => Fail(DeskText.NotFound.Format(number.Value, StoreDescription)),
        StatusChange.NotAllowed { Allowed.Count: 0 } refused => Fail(DeskText.Final.Format(number.Value, StatusName(refused.From))),
        StatusChange.NotAllowed refused => Fail(DeskText.NotAllowed.Format(number.Value, StatusName(refused.From), StatusName(refused.To), string.Join(", ", refused.Allowed.Select(StatusName)))),
        StatusChange.ReasonRequired => Fail(DeskText.ReasonRequired),
        StatusChange.NotLater later => Fail(DeskText.NotLater.Format(number.Value, Date(later.DueOn))),
        StatusChange.Conflict conflict => Fail(DeskText.Conflict.Format(number.Value, StatusName(conflict.Now))),
        _ => throw new InvalidOperationException("unknown status change outcome"),
    };

    public static string Time(DateTimeOffset instant) => ExportRow.Time(JapanTime.From(instant));

    public static string Date(DateOnly date) => ExportRow.Date(date);

    public static string StatusNames(IEnumerable<InquiryStatus> statuses) => string.Join(", ", statuses.Select(s => s.Name()));

    /// <summary>A status in the session's language: its code in English, its Japanese name with the code in Japanese.</summary>
    public string StatusName(InquiryStatus status) => Text(DeskText.StatusName(status));

    /// <summary>
    /// Reads a status as staff type it: its code (in-progress, in_progress) or its Japanese name (対応中). Anything else is
    /// refused naming the statuses there are and <paramref name="also"/> (words the command takes besides, such as open),
    /// with the closest as a "did you mean".
    /// </summary>
    public bool TryStatus(string text, IReadOnlyList<string> also, out InquiryStatus status)
    {
        if (InquiryStatuses.TryParse(text, out status) || DeskText.TryJapaneseStatus(text, out status))
        {
            return true;
        }

        string[] names = [.. InquiryStatuses.All.Select(s => s.Name()), .. also];
        var shown = TextTable.OneLine(text);
        Fail(YamlNaming.Suggest(text.Trim().Replace('_', '-'), names) is { } close
            ? DeskText.NotAStatusDidYouMean.Format(shown, close, string.Join(", ", names))
            : DeskText.NotAStatus.Format(shown, string.Join(", ", names)));
        return false;
    }
}
