using Xunit;

namespace PrivacySite.Testing;

/// <summary>
/// The fixture societies under tests/fixtures/societies, as theory data: the tests that must hold for
/// whatever a society publishes (it checks, builds, links resolve, pages pass the HTML and accessibility
/// checkers) run once per society, so a society of another shape is held to the same bar as the sample.
/// </summary>
public static class FixtureSocieties
{
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in RepoPaths.Societies)
            {
                data.Add(name);
            }

            return data;
        }
    }
}
