using System.Text.Json;
using Scopewise.Build.Manifest;

namespace Scopewise.Build.Tests;

/// <summary>The manifest a real `dotnet build` writes for an app and a library with hand-written scope declarations.</summary>
public sealed class HandWrittenManifestTests(HandWrittenSampleBuild build) : IClassFixture<HandWrittenSampleBuild>
{
    [Fact]
    public void Granular_manifest_lists_exactly_the_scopes_the_code_reaches()
    {
        // getSpaces (app), getPageById (lambda), getLabelsForContent (through the library), getContentProperties
        // (its read:page alternative is already needed), deletePage (Cleanup), and offline_access for the OAuth app.
        Assert.Equal(
            "delete:page:confluence\noffline_access\nread:label:confluence\nread:page:confluence\nread:space:confluence\n",
            build.GranularText);
    }

    [Fact]
    public void Classic_style_prefers_classic_scopes_and_falls_back_to_granular_where_an_operation_has_none()
    {
        Assert.Equal(
            "delete:page:confluence\nread:confluence-content.summary\nread:confluence-props\nread:confluence-space.summary\nread:page:confluence\n",
            build.ClassicText);
        Assert.Equal("classic", Json(build.ClassicJson).GetProperty("style").GetString());
    }

    [Fact]
    public void A_call_inside_a_lambda_counts_and_names_the_method_that_holds_the_lambda()
    {
        var scope = Scope(build.GranularJson, "read:page:confluence");
        Assert.Contains("App.Program.LoadFirstPage", Strings(scope, "callSites"));
        Assert.Contains("getPageById", Strings(scope, "operations"));
    }

    [Fact]
    public void A_call_inside_a_referenced_library_counts_with_the_app_method_that_reaches_it()
    {
        var scope = Scope(build.GranularJson, "read:label:confluence");
        Assert.Equal(["App.Program.Main -> Lib.PageReport.SummarizeAsync (Lib)"], Strings(scope, "callSites"));
    }

    [Fact]
    public void Library_code_the_app_never_reaches_adds_nothing_to_the_app_but_is_in_the_library_manifest()
    {
        Assert.DoesNotContain("write:space:confluence", build.GranularText);
        Assert.Contains("write:space:confluence\n", build.LibraryText);
    }

    [Fact]
    public void An_operation_with_several_alternatives_takes_the_one_already_in_the_union()
    {
        var operation = Operation(build.GranularJson, "getContentProperties");
        Assert.Equal(["read:page:confluence"], Strings(operation, "chosen"));
        Assert.Equal(3, operation.GetProperty("alternatives").GetArrayLength());
        Assert.DoesNotContain("read:content.property:confluence", build.GranularText);
    }

    [Fact]
    public void Scopes_carry_kind_product_and_description_from_the_scope_table()
    {
        var scope = Scope(build.GranularJson, "read:space:confluence");
        Assert.Equal("granular", scope.GetProperty("kind").GetString());
        Assert.Equal("confluence", scope.GetProperty("product").GetString());
        Assert.Equal("View spaces.", scope.GetProperty("description").GetString());
        Assert.Equal(["App.Program.Main"], Strings(scope, "callSites"));

        var operation = Operation(build.GranularJson, "getSpaces");
        Assert.Equal("GET", operation.GetProperty("method").GetString());
        Assert.Equal("/wiki/rest/api/space", operation.GetProperty("path").GetString());
        Assert.Equal("App.SpacesApi.GetSpaces (App)", operation.GetProperty("declaredBy").GetString());
    }

    [Fact]
    public void Offline_access_is_added_when_the_code_uses_the_OAuth_app_and_left_out_when_switched_off()
    {
        var scope = Scope(build.GranularJson, "offline_access");
        Assert.Equal("platform", scope.GetProperty("product").GetString());
        Assert.Contains("uses OAuth 2.0 (Scopewise.AtlassianOAuthApp)", scope.GetProperty("reason").GetString());
        Assert.DoesNotContain("offline_access", build.ClassicText);
    }

    [Fact]
    public void A_call_removed_from_the_code_disappears_on_the_next_build()
    {
        Assert.Contains("delete:page:confluence", build.GranularText);
        Assert.DoesNotContain("delete:page:confluence", build.AfterRemovalText);
        Assert.DoesNotContain("deletePage", build.AfterRemovalJson);
        Assert.Contains("read:space:confluence", build.AfterRemovalText);
    }

    [Fact]
    public void Two_clean_builds_write_byte_identical_files_without_absolute_paths()
    {
        Assert.Equal(build.GranularJsonBytes, build.CleanRebuildJsonBytes);
        Assert.Equal(build.GranularTextBytes, build.CleanRebuildTextBytes);
        Assert.DoesNotContain(build.Workspace.Root, build.GranularJson);
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), build.GranularJson);
        Assert.DoesNotContain("\r", build.GranularJson);
    }

    [Fact]
    public void An_unchanged_project_does_not_rewrite_the_manifest()
    {
        Assert.Equal(build.FirstWriteTime, build.UnchangedRebuildWriteTime);
    }

    [Fact]
    public void The_Forge_snippet_is_written_only_on_request_and_lists_the_scopes_without_offline_access()
    {
        Assert.False(build.ForgeWrittenByDefault);
        Assert.Equal(
            "# Scopes that App needs; paste under the app's manifest.yml.\n"
            + "permissions:\n"
            + "  scopes:\n"
            + "    - delete:page:confluence\n"
            + "    - read:confluence-content.summary\n"
            + "    - read:confluence-props\n"
            + "    - read:confluence-space.summary\n"
            + "    - read:page:confluence\n",
            build.ClassicForge);
    }

    [Fact]
    public void A_bad_setting_fails_the_build_with_a_coded_message_that_says_what_to_write()
    {
        Assert.NotEqual(0, build.BadStyle.ExitCode);
        Assert.Contains("SW3001", build.BadStyle.Output);
        Assert.Contains("ScopewiseScopeStyle is 'fancy'; set it to 'granular' (the default) or 'classic'.", build.BadStyle.Output);
        Assert.DoesNotContain("   at ", build.BadStyle.Output);
    }

    [Fact]
    public void The_reader_API_describes_a_built_assembly_from_its_output_folder_as_the_build_did()
    {
        var options = ScopeManifestOptions.ForOutputFolder(build.AppOutput("App.dll"));
        var result = ScopeManifestReader.Read(options);
        Assert.Equal(build.AfterRemovalText, ScopeManifestWriter.ToText(result.Manifest));

        var printed = new StringWriter();
        ScopeManifestPrinter.Print(result.Manifest, printed);
        Assert.Contains("App needs 4 scopes (granular preferred):", printed.ToString());
        Assert.Contains("called from App.Program.Main -> Lib.PageReport.SummarizeAsync (Lib)", printed.ToString());
    }

    [Fact]
    public void A_library_is_followed_through_its_implementation_even_when_its_reference_assembly_comes_first()
    {
        var library = build.Workspace.PathOf("Lib/bin/Debug/net8.0/Lib.dll");
        var referenceAssembly = build.Workspace.PathOf("Lib/obj/Debug/net8.0/ref/Lib.dll");
        Assert.True(File.Exists(referenceAssembly), "the sample library should produce a reference assembly");

        var both = new ScopeManifestOptions(build.AppOutput("App.dll"));
        both.ReferencePaths.Add(referenceAssembly);
        both.ReferencePaths.Add(library);
        both.ReferencePaths.Add(build.AppOutput("Scopewise.dll"));
        Assert.Contains("read:label:confluence\n", ScopeManifestWriter.ToText(ScopeManifestReader.Read(both).Manifest));

        // With nothing but the reference assembly, the library's bodies are unknown: say so rather than guess.
        var referenceOnly = new ScopeManifestOptions(build.AppOutput("App.dll"));
        referenceOnly.ReferencePaths.Add(referenceAssembly);
        referenceOnly.ReferencePaths.Add(build.AppOutput("Scopewise.dll"));
        var result = ScopeManifestReader.Read(referenceOnly);
        Assert.DoesNotContain(result.Manifest.Scopes, s => s.Name == "read:label:confluence");
        Assert.Contains(result.Diagnostics, d => d.Code == "SW3007" && d.Text.Contains("'Lib'"));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static JsonElement Scope(string json, string name)
        => Json(json).GetProperty("scopes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static JsonElement Operation(string json, string name)
        => Json(json).GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name);

    private static string[] Strings(JsonElement element, string property)
        => element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
