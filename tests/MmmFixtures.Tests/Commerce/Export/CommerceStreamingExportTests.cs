using MmmFixtures.Commerce;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Commerce.Export;

public sealed class CommerceStreamingExportTests : TempFolder
{
    private static readonly DatasetExportOptions AllLayouts = new() { Layouts = CommerceExporter.Layouts.Select(l => l.Name).ToArray() };

    // Golden SHA-256 of the Default preset, seed 42 (algorithm version 2), with every layout: every file but the manifest,
    // whose bytes also hold the library version and the spec's JSON. Change only with a version bump.
    private static readonly Dictionary<string, string> Golden = new()
    {
        ["daily_panel.csv"] = "7b31fcc1314e8a72d97830ea61528b6c28c97b5623cb318234b9b0b27c3d9fb3",
        ["demo_tenant_1/google_ads.csv"] = "e2ff7ff1a87d2f94e50307ba33f6b8b63286219c3ff11471c14ff39aba35ba8d",
        ["demo_tenant_1/klaviyo_events.csv"] = "9a5466fa5fc3cc6c2eb63bccfd992b6fc700c5c700513ec813b8d0c9555ef6e1",
        ["demo_tenant_1/meta_ads.csv"] = "a9e39cf2942fd6e2a59e37313d2b51af5788f763df578168d99819f21eeee16a",
        ["demo_tenant_1/orders.csv"] = "808acdb5b786ce3f6fce0c61453bbcdf447b9aa4f3e0bf5d89ac236828e703e1",
        ["demo_tenant_1/weather_daily.csv"] = "bc5e520017b030b40bb0deba953ec5f6b1855b353d39a86db094c4f85eeb9bda",
        ["demo_tenant_2/google_ads.csv"] = "04f07c03e7cf214ec292e02b19cb7960185f87496463b10974fba08c6ff11f26",
        ["demo_tenant_2/klaviyo_events.csv"] = "a91b8ada550b1847ede09fc1671d3314a03bd429d48bbe2c92242116ab042664",
        ["demo_tenant_2/meta_ads.csv"] = "cb17d824c0c52c82991e2ae083679316d3eee5657294dff9df905d9ff4a710dc",
        ["demo_tenant_2/orders.csv"] = "c2be63114042b2d0a3a34bcea6b09f1496a818c24aa234388d360f6d5b9764e9",
        ["demo_tenant_2/weather_daily.csv"] = "ed7d9704547465e0b7bc06b9ccc3b15bded1731abb70861d029a439ed982e24d",
        ["demo_tenant_3/google_ads.csv"] = "c320bebf364dc3ef4eec34565cf677858d7875ffec47e6e1f6a74b55d4e33cec",
        ["demo_tenant_3/klaviyo_events.csv"] = "42477cfda6d52508fe55b74f35f1e825472372ffdab147df112408973ad159c2",
        ["demo_tenant_3/meta_ads.csv"] = "5ca911d88e3244193f7384299b8b4f65688be2b3172b080aab034588f92ce1c4",
        ["demo_tenant_3/orders.csv"] = "bd0fbe079a0c4eab7a6efc5c97c06f635845630b37f852e3e8d3238621d0bbee",
        ["demo_tenant_3/weather_daily.csv"] = "7351a81e64f93c2fec85fde38e4c68027731afce9281673d4d20b01e8109cd02",
        ["demo_tenant_4/google_ads.csv"] = "1345f9aef3dc042d6e554363992622d719b27cf2f68ac0ca13475603c051d66b",
        ["demo_tenant_4/klaviyo_events.csv"] = "5b673b9b410ed711a8986c71097a30171c7d09fb420ecf0a2ebefc96d5488449",
        ["demo_tenant_4/meta_ads.csv"] = "a412778199b78d8f1c64369fdd11ddc954f5fae5220d22bbee319d1cfd880f58",
        ["demo_tenant_4/orders.csv"] = "9289b7e410f389ac8831207f27286f843ee0dd06ab0dd5a996ba9f1265a948a3",
        ["demo_tenant_4/weather_daily.csv"] = "ae857405017875d94da3cff54d9cb15a27608ba20746c097a8b117e2f6ce94a2",
        ["fivetran/demo_tenant_1/ad_reporting.csv"] = "87f5756bf5da41b9d53bb7247374b2622ab13d6677436334277c77251e5597c7",
        ["fivetran/demo_tenant_1/shopify__orders.csv"] = "bd04ae10db97ba642ab7128756fc87b143b97bf164f870582a5a6a6c61501fe2",
        ["fivetran/demo_tenant_2/ad_reporting.csv"] = "b837783e3bb684ef40eda81a70a0cad48234ef0f89c326ce4cfd3d55ea12fec6",
        ["fivetran/demo_tenant_2/shopify__orders.csv"] = "26b0af44938d279079ecfb0a13dd4e8b3269fd415a64ad4ba9d328dd3fa81436",
        ["fivetran/demo_tenant_3/ad_reporting.csv"] = "bbd3c89968b549ca5beca852415996bc8e20dd2514c8d4936076575d976d04ea",
        ["fivetran/demo_tenant_3/shopify__orders.csv"] = "3af02f96f3fb8b15f36b508237acfe7f1ef20fca32834106a88aec65514a7046",
        ["fivetran/demo_tenant_4/ad_reporting.csv"] = "efeefb9883bfec0975469bbb28c32a8f3fb57c98517d03340fb41b45dbe9ffa2",
        ["fivetran/demo_tenant_4/shopify__orders.csv"] = "fd5ff80c2a6949aaa583dafb3677c4a7c7d939a7d5e55024b0ecd6c8afe2ecaa",
        ["google-ads/demo_tenant_1/campaign_report.csv"] = "62b3ad38bd74db8c5da7ac8be8c9690ccf632e22647a6d2f8e5dd2b6a71a4665",
        ["google-ads/demo_tenant_2/campaign_report.csv"] = "dc9611036311cbac3d3f7ed1c96cc89a374746503e2bf3b441fcd910741b6aed",
        ["google-ads/demo_tenant_3/campaign_report.csv"] = "099e582212e24282b591e25d78c9c8d7435e3042241efb7c2c53a0412a600b4f",
        ["google-ads/demo_tenant_4/campaign_report.csv"] = "0a331ba293498b5f848240dff9d1c1a55fd48a66a54013b29f18fb4b19bdda00",
        ["klaviyo/demo_tenant_1/metric_aggregates.csv"] = "6c3dc5ffb8a933336ba9117460a7baaf985c07a14313ea2617abe18d24089ad2",
        ["klaviyo/demo_tenant_2/metric_aggregates.csv"] = "dbeb0df1dcf10d498c40f78c240a074b73eb08bac45256e6072c4aa95124cd1a",
        ["klaviyo/demo_tenant_3/metric_aggregates.csv"] = "19629da54777837a30580ff2c7b80f5f0ef41d125fac1d8f7e78b7a6803c5fce",
        ["klaviyo/demo_tenant_4/metric_aggregates.csv"] = "073a1547cd5ecf6fe311dc784c24465cb42ee7c51d25af9418d7205a799396cb",
        ["open-meteo/demo_tenant_1/daily.csv"] = "b3093b352293eeee54579a52b2cd5726e923f3bfa3431005c207660b080881a3",
        ["open-meteo/demo_tenant_2/daily.csv"] = "687d192b1a54e7dcf893e48a53f0224b2fce952b7e9de510143ce4edef4eec7f",
        ["open-meteo/demo_tenant_3/daily.csv"] = "ae46d1ea9b6f99ad64e643ca8654fe70707edc8473dc65535176b7e0d5bfe77f",
        ["open-meteo/demo_tenant_4/daily.csv"] = "52c9980867525b0036f42310c7b474ea4a2bd1b58c68fad081f2f8db98cb25f4",
        ["shopify/demo_tenant_1/orders_export.csv"] = "5d37a130b5b3c2f23ded4ba8fd2fdaf79b939974a498c42032813f18fdec0808",
        ["shopify/demo_tenant_2/orders_export.csv"] = "09c1fd134eea45b7de9db33bb0bd47cba145bd8c2e967ee376f4139fce468da7",
        ["shopify/demo_tenant_3/orders_export.csv"] = "5194deb5edaa7fbeac1f85a99b4b6ad69bbce16f5efecac5732b66ae96b7f75d",
        ["shopify/demo_tenant_4/orders_export.csv"] = "6e9002467ab4719ce2a8ad33c87b1b5c40ef88b4aac3caf57555acd0ba01668c",
        ["truth.json"] = "911283cb7e25a41fe483e757b724b350dc316ebf56700e00e56d6c1829eded5f",
        ["truth_daily.csv"] = "9bd9b1c76bb52991424148328e4fe514c0d520ab15588c9166a1709fd1dde731",
    };

    [Fact]
    public void Golden_hashes_of_the_Default_seed_42_export()
    {
        CommerceExporter.Export(CommercePresets.Default, Folder, AllLayouts);
        var actual = Snapshot(Folder);
        actual.Remove("manifest.json");
        Assert.True(Golden.Count == actual.Count && Golden.All(g => actual.GetValueOrDefault(g.Key) == g.Value),
            "actual:\n" + string.Concat(actual.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"        [\"{a.Key}\"] = \"{a.Value}\",\n")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Streaming_from_the_spec_writes_the_bytes_of_the_in_memory_dataset(int threads)
    {
        var spec = CommercePresets.Default with { Days = 45 };
        string streamed = Path.Combine(Folder, "streamed"), memory = Path.Combine(Folder, "memory");
        CommerceExporter.Export(spec, streamed, AllLayouts with { MaxDegreeOfParallelism = threads });
        CommerceExporter.Export(CommerceGenerator.Generate(spec), memory, AllLayouts with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(Snapshot(memory), Snapshot(streamed));
    }

    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
