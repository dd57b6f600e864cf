using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// deploy/kubernetes: the manifests parse and have what a cluster needs (an Indexed Job whose completions are the shard
/// count of its command, volumes that exist); the pods' commands, expanded as Kubernetes expands them for every index,
/// run here, and the merge Job's command joins their folders into the single-machine export.
/// </summary>
public sealed partial class KubernetesRecipeTests : TempFolder
{
    private static readonly YamlMappingNode Shards = Yaml.Load(RecipeFiles.PathOf("kubernetes/shards-job.yaml"));
    private static readonly YamlMappingNode Merge = Yaml.Load(RecipeFiles.PathOf("kubernetes/merge-job.yaml"));
    private static readonly YamlMappingNode Claim = Yaml.Load(RecipeFiles.PathOf("kubernetes/pvc.yaml"));

    private static YamlNode Container(YamlNode job) => Assert.Single(job.Items("spec", "template", "spec", "containers"));

    /// <summary>The N of <c>--shard $(JOB_COMPLETION_INDEX)/N</c> in the shard pods' args.</summary>
    private static int ShardCount()
    {
        string[] args = Container(Shards).Scalars("args");
        int at = Array.IndexOf(args, "--shard");
        Assert.True(at >= 0 && at + 1 < args.Length, "the shard pods' args have no --shard value");
        var match = ShardOfIndex().Match(args[at + 1]);
        Assert.True(match.Success, $"--shard is '{args[at + 1]}', not $(JOB_COMPLETION_INDEX)/N");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\$\(JOB_COMPLETION_INDEX\)/([0-9]+)$")]
    private static partial Regex ShardOfIndex();

    [Fact]
    public void The_shards_job_is_an_indexed_job_of_one_completion_per_shard()
    {
        Assert.Equal("batch/v1", Shards.Scalar("apiVersion"));
        Assert.Equal("Job", Shards.Scalar("kind"));
        Assert.Equal("Indexed", Shards.Scalar("spec", "completionMode"));
        int shards = ShardCount();
        Assert.True(shards >= 2, $"{shards} shards");
        Assert.Equal(shards.ToString(System.Globalization.CultureInfo.InvariantCulture), Shards.Scalar("spec", "completions"));
        int parallelism = int.Parse(Shards.Scalar("spec", "parallelism"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(parallelism, 1, shards);
        // backoffLimitPerIndex (a shard retried alone) requires Never; a Job accepts only Never or OnFailure.
        Assert.Equal("Never", Shards.Scalar("spec", "template", "spec", "restartPolicy"));
        Assert.Equal("Never", Merge.Scalar("spec", "template", "spec", "restartPolicy"));
    }

    [Fact]
    public void The_shard_pods_run_the_tool_on_the_configmap_spec_into_their_own_folder_of_the_claim()
    {
        var container = Container(Shards);
        Assert.Equal(["mmmfixtures"], container.Scalars("command"));
        string[] args = container.Scalars("args");
        Assert.Equal("clickstream", args[0]);
        Assert.Equal("/data/run/shard-$(JOB_COMPLETION_INDEX)", args[Array.IndexOf(args, "--out") + 1]);

        // The index variable comes from the pod's completion-index annotation.
        var index = Assert.Single(container.Items("env"), e => e.Scalar("name") == "JOB_COMPLETION_INDEX");
        Assert.Equal("metadata.annotations['batch.kubernetes.io/job-completion-index']", index.Scalar("valueFrom", "fieldRef", "fieldPath"));

        // --spec is the key spec.json of the ConfigMap mounted at /spec; /data is the claim pvc.yaml makes.
        Assert.Equal("/spec/spec.json", args[Array.IndexOf(args, "--spec") + 1]);
        Assert.Equal("mmmfixtures-spec", Volume(Shards, "/spec").Scalar("configMap", "name"));
        Assert.Equal("ReadWriteMany", Assert.Single(Claim.Scalars("spec", "accessModes")));
        foreach (var job in new[] { Shards, Merge })
            Assert.Equal(Claim.Scalar("metadata", "name"), Volume(job, "/data").Scalar("persistentVolumeClaim", "claimName"));
    }

    [Fact]
    public void The_merge_job_names_every_shard_folder_once_and_writes_all()
    {
        var container = Container(Merge);
        Assert.Equal(["mmmfixtures"], container.Scalars("command"));
        string[] expected = ["merge", .. Enumerable.Range(0, ShardCount()).Select(k => $"/data/run/shard-{k}"), "--out", "/data/run/all"];
        Assert.Equal(expected, container.Scalars("args"));
    }

    [Theory]
    [InlineData("$(JOB_COMPLETION_INDEX)/8", "3/8")]
    [InlineData("/data/run/shard-$(JOB_COMPLETION_INDEX)", "/data/run/shard-3")]
    [InlineData("$$(JOB_COMPLETION_INDEX)", "$(JOB_COMPLETION_INDEX)")]
    [InlineData("$(UNDEFINED)-$JOB_COMPLETION_INDEX", "$(UNDEFINED)-$JOB_COMPLETION_INDEX")]
    [InlineData("/data/run/shard-*", "/data/run/shard-*")]
    public void Args_are_expanded_as_kubernetes_expands_them(string arg, string expanded) =>
        Assert.Equal(expanded, KubernetesExpansion.Expand(arg, new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "3" }));

    [Fact]
    public void Every_index_of_the_shards_job_then_the_merge_job_write_the_single_machine_export()
    {
        // The pods' file system, here: the ConfigMap's key spec.json at /spec, the claim at /data, under pods/.
        string pods = Path.Combine(Folder, "pods");
        ExportFolders.WriteSpec(Path.Combine(pods, "spec", "spec.json"));
        string[] mounts = Container(Shards).Items("volumeMounts").Concat(Container(Merge).Items("volumeMounts")).Select(m => m.Scalar("mountPath") + "/").ToArray();
        string Local(string arg) => mounts.Any(m => arg.StartsWith(m, StringComparison.Ordinal)) ? Path.Combine(pods, arg[1..]) : arg;

        string[] args = Container(Shards).Scalars("args");
        for (int k = 0; k < ShardCount(); k++)
        {
            var pod = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = k.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            ExportFolders.Run(args.Select(a => Local(KubernetesExpansion.Expand(a, pod))).ToArray());
        }
        ExportFolders.Run(Container(Merge).Scalars("args").Select(Local).ToArray());

        // The same command on one machine: no --shard, its own folder.
        string whole = Path.Combine(Folder, "whole");
        int shard = Array.IndexOf(args, "--shard");
        string[] single = args.Where((_, i) => i != shard && i != shard + 1).Select(Local).ToArray();
        single[Array.IndexOf(single, "--out") + 1] = whole;
        ExportFolders.Run(single);
        ExportFolders.AssertSame(whole, Path.Combine(pods, "data", "run", "all"));
    }

    // The volume of the job's pods mounted at mountPath.
    private static YamlNode Volume(YamlNode job, string mountPath)
    {
        var mount = Assert.Single(Container(job).Items("volumeMounts"), m => m.Scalar("mountPath") == mountPath);
        return Assert.Single(job.Items("spec", "template", "spec", "volumes"), v => v.Scalar("name") == mount.Scalar("name"));
    }
}
