using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Tests.Validation;

/// <summary>Any record with an id keeps it unique within its file, however deep it sits.</summary>
public sealed class DuplicateIdRuleTests
{
    public sealed record Item(string Id, string Title);

    public sealed record Group(string Id, IReadOnlyList<Item> Items);

    public sealed record Catalogue(IReadOnlyList<Group> Groups);

    [Fact]
    public void Unique_ids_pass()
    {
        const string yaml = "groups:\n  - id: a\n    items:\n      - id: b\n        title: B\n";

        Assert.Empty(RecordRuleHarness.Run<Catalogue>(yaml, new DuplicateIdRule()));
    }

    [Fact]
    public void A_repeated_id_is_reported_at_the_repeat_naming_the_first_line()
    {
        const string yaml = "groups:\n  - id: a\n    items:\n      - id: b\n        title: B\n      - id: a\n        title: A\n";

        Assert.Equal(["test.yaml:6:13: error PS0109: id 'a' is already used on line 2: each id must be unique in the file"],
            RecordRuleHarness.Run<Catalogue>(yaml, new DuplicateIdRule()));
    }
}
