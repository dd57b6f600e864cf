using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Sharding;

public sealed class CsvRowCopierTests : TempFolder
{
    [Fact]
    public void Copies_whole_rows_keeping_a_quoted_line_break_in_its_row()
    {
        string path = Path.Combine(Folder, "t.csv");
        File.WriteAllText(path, "a,b\n1,\"x\ny\"\n2,\"\"\"q\"\"\"\n3,z\n");
        using var copier = new CsvRowCopier(path);
        var output = new MemoryStream();
        copier.Copy(1, null); // the header, skipped
        copier.Copy(2, output);
        Assert.Equal("1,\"x\ny\"\n2,\"\"\"q\"\"\"\n", System.Text.Encoding.UTF8.GetString(output.ToArray()));
        Assert.False(copier.AtEnd);
        copier.Copy(1, null);
        Assert.True(copier.AtEnd);
        Assert.Throws<InvalidDataException>(() => copier.Copy(1, output));
    }

    [Fact]
    public void Copies_rows_longer_than_its_buffer()
    {
        string path = Path.Combine(Folder, "long.csv");
        string row = new string('x', 200_000) + ",\"" + new string('\n', 70_000) + "\"\n";
        File.WriteAllText(path, row + "end\n");
        using var copier = new CsvRowCopier(path);
        var output = new MemoryStream();
        copier.Copy(1, output);
        Assert.Equal(row, System.Text.Encoding.UTF8.GetString(output.ToArray()));
        copier.Copy(1, null);
        Assert.True(copier.AtEnd);
    }
}
