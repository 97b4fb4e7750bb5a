using System.Text;

namespace PrivacySite.Testing;

/// <summary>A strict reader of RFC 4180 CSV, so tests check what a spreadsheet would see.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unclosed quote");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        cell.Append(text[i++]);
                    }
                }

                if (i < text.Length && text[i] is not (',' or '\r'))
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }
            }
            else if (text[i] == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else if (text[i] is '"' or '\n' or '\r')
            {
                throw new FormatException($"unquoted '{text[i]}' at {i}");
            }
            else
            {
                cell.Append(text[i++]);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            throw new FormatException("the last row does not end with CRLF");
        }

        return rows;
    }
}
