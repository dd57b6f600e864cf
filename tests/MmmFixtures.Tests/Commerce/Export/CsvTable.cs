using System.Globalization;
using System.Text;

namespace MmmFixtures.Tests.Commerce.Export;

/// <summary>An exported CSV file read back (RFC 4180 quoting, LF records): its header and rows, cells by column name.</summary>
internal sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    public int Column(string name)
    {
        int index = Array.IndexOf(Header, name);
        return index >= 0 ? index : throw new KeyNotFoundException($"No column {name} in {string.Join(",", Header)}");
    }

    public IEnumerable<string> Texts(string column)
    {
        int c = Column(column);
        return Rows.Select(r => r[c]);
    }

    public IEnumerable<double> Numbers(string column) => Texts(column).Select(Number);

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { fields.Add(field.ToString()); field.Clear(); records.Add(fields.ToArray()); fields.Clear(); }
            else field.Append(ch);
        }
        Assert.True(field.Length == 0 && fields.Count == 0, "the file ends with a line feed");
        return records;
    }
}
