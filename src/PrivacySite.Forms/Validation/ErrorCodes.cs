namespace PrivacySite.Forms.Validation;

/// <summary>
/// Every error code the intake service reports. Each has its text in both languages in
/// content/forms/messages.yaml; a check at start-up refuses to run when one is missing.
/// </summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string ChooseOne = "choose_one";
    public const string CheckRequired = "check_required";
    public const string TooLong = "too_long";
    public const string InvalidCharacters = "invalid_characters";
    public const string InvisibleCharacters = "invisible_characters";
    public const string FormulaStart = "formula_start";
    public const string KanaOnly = "kana_only";
    public const string PostalCodeFormat = "postal_code_format";
    public const string PhoneFormat = "phone_format";
    public const string EmailFormat = "email_format";
    public const string CardCodeFormat = "card_code_format";
    public const string DateIncomplete = "date_incomplete";
    public const string DateInvalid = "date_invalid";
    public const string DateFuture = "date_future";
    public const string DateEra = "date_era";
    public const string DateYearFormat = "date_year_format";
    public const string AddressIncomplete = "address_incomplete";
    public const string OptionInvalid = "option_invalid";
    public const string TokenFormat = "token_format";
    public const string UnknownField = "unknown_field";
    public const string DuplicateField = "duplicate_field";
    public const string WrongType = "wrong_type";

    // The identity documents' files, checked from their bytes.
    public const string FileType = "file_type";
    public const string FileMixed = "file_mixed";
    public const string FileDamaged = "file_damaged";
    public const string FileTooLarge = "file_too_large";
    public const string FileTooManyPixels = "file_too_many_pixels";
    public const string FileActiveContent = "file_active_content";
    public const string TooManyFiles = "too_many_files";
    public const string FileName = "file_name";

    // Whole-request errors, reported without a field.
    public const string MalformedBody = "malformed_body";
    public const string BodyTooLarge = "body_too_large";
    public const string BodyTooSlow = "body_too_slow";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string StoreUnavailable = "store_unavailable";
    public const string RateLimited = "rate_limited";
    public const string SentBeforeWithOtherAnswers = "sent_before_with_other_answers";

    public static IReadOnlyList<string> All { get; } =
    [
        Required, ChooseOne, CheckRequired, TooLong, InvalidCharacters, InvisibleCharacters, FormulaStart, KanaOnly, PostalCodeFormat,
        PhoneFormat, EmailFormat, CardCodeFormat, DateIncomplete, DateInvalid, DateFuture, DateEra, DateYearFormat, AddressIncomplete,
        OptionInvalid, TokenFormat, UnknownField, DuplicateField, WrongType,
        FileType, FileMixed, FileDamaged, FileTooLarge, FileTooManyPixels, FileActiveContent, TooManyFiles, FileName, MalformedBody, BodyTooLarge, BodyTooSlow, UnsupportedMediaType,
        StoreUnavailable, RateLimited, SentBeforeWithOtherAnswers,
    ];
}
