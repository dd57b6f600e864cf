using MmmFixtures.Families;

namespace MmmFixtures.Tests.Families;

/// <summary>Spec files are read with a cap: nothing larger than 4 MiB, no folders, no missing files.</summary>
public sealed class SpecFileTests : TempFolder
{
    [Fact]
    public void The_cap_is_4_MiB()
    {
        Assert.Equal(4 * 1024 * 1024, SpecFile.MaxBytes);
    }

    [Fact]
    public void A_file_of_exactly_the_cap_is_read_and_one_byte_more_is_refused_naming_the_path_and_the_cap()
    {
        string path = Path.Combine(Folder, "big.json");
        File.WriteAllText(path, new string(' ', SpecFile.MaxBytes));
        Assert.Equal(SpecFile.MaxBytes, SpecFile.ReadText(path).Length);

        File.WriteAllText(path, new string(' ', SpecFile.MaxBytes + 1));
        var ex = Assert.ThrowsAny<IOException>(() => SpecFile.ReadText(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("4 MiB", ex.Message);
    }

    [Fact]
    public void A_file_is_read_whole_whatever_its_size_below_the_cap()
    {
        string path = Path.Combine(Folder, "spec.json");
        foreach (int length in new[] { 0, 1, 4095, 4096, 4097, 100_000 })
        {
            string text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)));
            File.WriteAllText(path, text);
            Assert.Equal(text, SpecFile.ReadText(path));
        }
    }

    [Fact]
    public void An_endless_device_is_refused_after_the_cap()
    {
        if (!File.Exists("/dev/zero")) return; // Windows has no such device; the byte-count test above covers the cap
        var ex = Assert.ThrowsAny<IOException>(() => SpecFile.ReadText("/dev/zero"));
        Assert.Contains("/dev/zero is larger than 4 MiB", ex.Message);
    }

    [Fact]
    public void A_folder_or_a_missing_file_is_an_IO_error_naming_the_path()
    {
        Assert.Contains($"{Folder} is a folder", Assert.ThrowsAny<IOException>(() => SpecFile.ReadText(Folder)).Message);
        string missing = Path.Combine(Folder, "missing.json");
        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => SpecFile.ReadText(missing)).Message);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        string path = Path.Combine(Folder, "bom.json");
        File.WriteAllText(path, "{}", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal("{}", SpecFile.ReadText(path));
    }
}
