using System.Text.Json.Nodes;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>
/// The deterministic fuzz corpus: every case is named (class/field/mutation/base.format[/seed]) so a failure says what
/// was mutated. Seeds and choices are fixed, so CI always runs the same cases. SCOPEWISE_FUZZ_LARGE=1 adds nine more
/// seeds, slices of every bundled spec and whole bundled specs.
/// </summary>
public static class FuzzCorpus
{
    public static bool IsLarge => Environment.GetEnvironmentVariable("SCOPEWISE_FUZZ_LARGE") == "1";

    private static readonly SpecFormat[] Formats = [SpecFormat.Json, SpecFormat.Yaml, SpecFormat.JsonRaw, SpecFormat.YamlRaw, SpecFormat.JsonAscii];

    private static readonly FieldKind[] MutableKinds = Enum.GetValues<FieldKind>().Where(k => k != FieldKind.Structure).ToArray();

    private static readonly Lazy<Dictionary<string, FuzzCase>> Cases = new(Build);
    private static readonly Dictionary<string, Func<FuzzSpec>> Baselines = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Lazy<(SortedSet<string>? Members, string? Problem)>> BaselineRuns = new(StringComparer.Ordinal);

    public static FuzzCase Get(string name) => Cases.Value[name];

    public static IEnumerable<FuzzCase> All => Cases.Value.Values;

    public static TheoryData<string> Names(params string[] classes) => Names(c => classes.Contains(c.Class));

    public static TheoryData<string> Names(Func<FuzzCase, bool> predicate)
    {
        var data = new TheoryData<string>();
        foreach (var fuzzCase in Cases.Value.Values.Where(predicate))
        {
            data.Add(fuzzCase.Name);
        }

        return data;
    }

    /// <summary>The members the unmutated baseline generates, run once per baseline.</summary>
    public static (SortedSet<string>? Members, string? Problem) BaselineMembers(string key)
    {
        Lazy<(SortedSet<string>?, string?)> lazy;
        lock (BaselineRuns)
        {
            if (!BaselineRuns.TryGetValue(key, out lazy!))
            {
                var build = Baselines[key];
                lazy = new Lazy<(SortedSet<string>?, string?)>(() =>
                {
                    var run = FuzzRunner.Run(build(), TimeSpan.FromSeconds(120), collectMembers: true);
                    return run.Problems.Count > 0 || run.TargetSources.Count == 0
                        ? (null, $"the unmutated baseline '{key}' itself fails: " + string.Join(" | ", run.Problems.Take(2)) + (run.TargetSources.Count == 0 ? " (no source)" : ""))
                        : (run.TargetMembers, null);
                });
                BaselineRuns.Add(key, lazy);
            }
        }

        return lazy.Value;
    }

    private static Dictionary<string, FuzzCase> Build()
    {
        var cases = new Dictionary<string, FuzzCase>(StringComparer.Ordinal);
        void Add(FuzzCase fuzzCase)
        {
            if (!cases.TryAdd(fuzzCase.Name, fuzzCase))
            {
                throw new InvalidOperationException("duplicate fuzz case name " + fuzzCase.Name);
            }
        }

        var seeds = IsLarge ? Enumerable.Range(1, 10).ToArray() : [1];
        foreach (var seed in seeds)
        {
            foreach (var fuzzCase in Injection(seed).Concat(InjectionEverywhere(seed)).Concat(Literals(seed)))
            {
                Add(fuzzCase);
            }
        }

        foreach (var fuzzCase in Cycles().Concat(NamelessParameters()).Concat(EnumValues()).Concat(Depth()).Concat(Chains()).Concat(Expansion())
            .Concat(Budgets()).Concat(FileFormats()).Concat(NameClasses()).Concat(Collisions()).Concat(Bundled()))
        {
            Add(fuzzCase);
        }

        return cases;
    }

    private static string Key(SpecFormat format) => format switch
    {
        SpecFormat.Json => "json",
        SpecFormat.JsonAscii => "json-ascii",
        SpecFormat.JsonRaw => "json-raw",
        SpecFormat.Yaml => "yaml",
        _ => "yaml-raw",
    };

    private static string Suffix(int seed) => seed == 1 ? "" : "/seed" + seed;

    private static string Baseline(BaseSpec spec, SpecFormat format)
    {
        var key = spec.Name + "." + Key(format);
        lock (BaselineRuns)
        {
            Baselines.TryAdd(key, () => spec.Write(spec.Load(), format, "unmutated baseline"));
        }

        return key;
    }

    private static Dictionary<string, HashSet<FieldKind>>? s_kinds;

    private static HashSet<FieldKind> KindsOf(BaseSpec spec)
    {
        s_kinds ??= new Dictionary<string, HashSet<FieldKind>>(StringComparer.Ordinal);
        if (!s_kinds.TryGetValue(spec.Name, out var kinds))
        {
            kinds = SpecSites.Find(spec.Load()).Select(s => s.Kind).ToHashSet();
            s_kinds.Add(spec.Name, kinds);
        }

        return kinds;
    }

    private static string Inject(FieldKind kind, string old, string separator, string payload)
        => kind == FieldKind.MediaType ? old + ";q=" + separator + payload : old + separator + payload;

    /// <summary>
    /// A case that appends <paramref name="separator"/> and <paramref name="payload"/> to one string of kind
    /// <paramref name="kind"/> in <paramref name="spec"/>, the site picked by <paramref name="siteChoice"/>. A text field
    /// must still generate, with the members of the unmutated spec.
    /// </summary>
    private static FuzzCase AppendedAtOneSite(string name, string caseClass, FieldKind kind, string mutation, BaseSpec spec, SpecFormat format, int siteChoice, string separator, string payload) => new()
    {
        Name = name,
        Class = caseClass,
        Field = kind,
        Mutation = mutation,
        MustGenerate = Payloads.IsTextKind(kind),
        SameMembersAs = Payloads.IsTextKind(kind) ? Baseline(spec, format) : null,
        Build = () =>
        {
            var document = spec.Load();
            var sites = SpecSites.Find(document).Where(site => site.Kind == kind).ToList();
            var site = sites[siteChoice % sites.Count];
            site.Apply(old => Inject(kind, old, separator, payload));
            return spec.Write(document, format, site.Where);
        },
    };

    // ---- 1. Line breaks followed by C# in every string field kind ----------------------------------------------------

    private static IEnumerable<FuzzCase> Injection(int seed)
    {
        for (var k = 0; k < MutableKinds.Length; k++)
        {
            var kind = MutableKinds[k];
            var candidates = BaseSpecs.All.Where(b => KindsOf(b).Contains(kind)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            for (var s = 0; s < Payloads.Separators.Length; s++)
            {
                var (separatorName, separator) = Payloads.Separators[s];
                var random = Choice.For("injection", seed, kind, separatorName);
                var spec = random.Pick(candidates);
                var format = seed == 1 ? Formats[(k + s) % Formats.Length] : random.Pick(Formats);
                var (payloadName, payload) = Payloads.InjectionPayloads[(k + s + seed) % 2];
                yield return AppendedAtOneSite(
                    $"injection/{kind}/{separatorName}/{payloadName}/{spec.Name}.{Key(format)}{Suffix(seed)}",
                    "injection", kind, $"append {separatorName} + {payloadName} payload", spec, format, random.Next(), separator, payload);
            }
        }
    }

    /// <summary>Every site of a base at once, per separator: the densest injection.</summary>
    private static IEnumerable<FuzzCase> InjectionEverywhere(int seed)
    {
        foreach (var spec in BaseSpecs.All)
        {
            for (var s = 0; s < Payloads.Separators.Length; s++)
            {
                var (separatorName, separator) = Payloads.Separators[s];
                var format = seed == 1 ? Formats[(s + spec.Name.Length) % Formats.Length] : Choice.For("everywhere", seed, spec.Name, separatorName).Pick(Formats);
                yield return new FuzzCase
                {
                    Name = $"injection-all/{separatorName}/{spec.Name}.{Key(format)}{Suffix(seed)}",
                    Class = "injection-all",
                    Field = FieldKind.Structure,
                    Mutation = $"append {separatorName} + alternating payloads to every string site",
                    Build = () =>
                    {
                        var document = spec.Load();
                        var sites = SpecSites.Find(document);
                        for (var i = 0; i < sites.Count; i++)
                        {
                            var payload = Payloads.InjectionPayloads[i % 2].Text;
                            var kind = sites[i].Kind;
                            sites[i].Apply(old => Inject(kind, old, separator, payload));
                        }

                        return spec.Write(document, format, $"{sites.Count} sites");
                    },
                };
            }
        }
    }

    /// <summary>String-literal breakouts and every C#/XML special character, per field kind.</summary>
    private static IEnumerable<FuzzCase> Literals(int seed)
    {
        foreach (var (label, text, separator) in new[] { ("breakout", Payloads.Breakout, ""), ("escapes", Payloads.Escapes, " ") })
        {
            foreach (var kind in MutableKinds)
            {
                var candidates = BaseSpecs.All.Where(b => KindsOf(b).Contains(kind)).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var random = Choice.For(label, seed, kind);
                var spec = random.Pick(candidates);
                var format = random.Pick(Formats);
                yield return AppendedAtOneSite(
                    $"{label}/{kind}/{spec.Name}.{Key(format)}{Suffix(seed)}",
                    label, kind,
                    label == "breakout" ? "append a string-literal breakout with a class payload" : "append quotes, backslashes, comment and XML delimiters, format braces, NUL and controls",
                    spec, format, random.Next(), separator, text);
            }
        }
    }

    // ---- Helpers for pet-store mutations --------------------------------------------------------------------------

    private static JsonObject Schemas(JsonObject document) => (JsonObject)document["components"]!["schemas"]!;

    private static JsonObject PetProperties(JsonObject document) => (JsonObject)Schemas(document)["Pet"]!["properties"]!;

    private static JsonObject Paths(JsonObject document) => (JsonObject)document["paths"]!;

    private static JsonObject ListPets(JsonObject document) => (JsonObject)Paths(document)["/pets"]!["get"]!;

    private static JsonNode Node(string json) => JsonNode.Parse(json)!;

    private static string Ref(string name) => "#/components/schemas/" + SpecWriter.PointerSegment(name);

    private static JsonObject Operation(string operationId, string? tag, string schemaReference = "#/components/schemas/Pet")
    {
        var operation = new JsonObject
        {
            ["operationId"] = operationId,
            ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaReference } } } } },
        };
        if (tag is not null)
        {
            operation["tags"] = new JsonArray(tag);
        }

        return new JsonObject { ["get"] = operation };
    }

    /// <summary>Adds a schema and an operation returning it, so the schema is reached from an operation.</summary>
    private static void Returned(JsonObject document, string name, JsonNode schema, string operationId = "getFuzz")
    {
        Schemas(document)[name] = schema;
        Paths(document)["/fuzz/" + operationId] = Operation(operationId, "pets", Ref(name));
    }

    private static FuzzCase Pet(string cls, FieldKind field, string name, string mutation, Action<JsonObject> mutate, SpecFormat format = SpecFormat.Json,
        bool mustGenerate = false, IReadOnlyList<(string Key, string Value)>? metadata = null, string? extension = null, Func<string, string>? post = null, TimeSpan? budget = null)
        => new()
        {
            Name = $"{cls}/{name}.{(extension is null ? Key(format) : extension.TrimStart('.'))}",
            Class = cls,
            Field = field,
            Mutation = mutation,
            MustGenerate = mustGenerate,
            Budget = budget ?? TimeSpan.FromSeconds(10),
            Build = () =>
            {
                var spec = BaseSpecs.PetStoreBase;
                var document = spec.Load();
                mutate(document);
                var written = spec.Write(document, format, mutation, metadata, extension);
                return post is null ? written : written with { Text = post(written.Text) };
            },
        };

    // ---- 2. Cyclic references, which NJsonSchema reports as "Cyclic references detected" --------------------------

    private static IEnumerable<FuzzCase> Cycles()
    {
        var cycles = new (string Name, bool Legit, Action<JsonObject> Mutate)[]
        {
            ("self-alias", false, d => Returned(d, "Loop", Node("""{"$ref":"#/components/schemas/Loop"}"""))),
            ("mutual-alias", false, d => { Schemas(d)["B"] = Node("""{"$ref":"#/components/schemas/A"}"""); Returned(d, "A", Node("""{"$ref":"#/components/schemas/B"}""")); }),
            ("three-alias", false, d => { Schemas(d)["B"] = Node("""{"$ref":"#/components/schemas/C"}"""); Schemas(d)["C"] = Node("""{"$ref":"#/components/schemas/A"}"""); Returned(d, "A", Node("""{"$ref":"#/components/schemas/B"}""")); }),
            ("allof-self", false, d => Returned(d, "A", Node("""{"allOf":[{"$ref":"#/components/schemas/A"},{"type":"object","properties":{"a":{"type":"string"}}}]}"""))),
            ("allof-self-only", false, d => Returned(d, "A", Node("""{"allOf":[{"$ref":"#/components/schemas/A"}]}"""))),
            ("allof-mutual", false, d => { Schemas(d)["B"] = Node("""{"allOf":[{"$ref":"#/components/schemas/A"},{"type":"object","properties":{"b":{"type":"string"}}}]}"""); Returned(d, "A", Node("""{"allOf":[{"$ref":"#/components/schemas/B"},{"type":"object","properties":{"a":{"type":"string"}}}]}""")); }),
            ("allof-three", false, d => { Schemas(d)["B"] = Node("""{"allOf":[{"$ref":"#/components/schemas/C"},{"type":"object","properties":{"b":{"type":"string"}}}]}"""); Schemas(d)["C"] = Node("""{"allOf":[{"$ref":"#/components/schemas/A"},{"type":"object","properties":{"c":{"type":"string"}}}]}"""); Returned(d, "A", Node("""{"allOf":[{"$ref":"#/components/schemas/B"},{"type":"object","properties":{"a":{"type":"string"}}}]}""")); }),
            ("allof-mutual-unreturned", false, d => { Schemas(d)["B"] = Node("""{"allOf":[{"$ref":"#/components/schemas/A"}],"properties":{"b":{"type":"string"}}}"""); Schemas(d)["A"] = Node("""{"allOf":[{"$ref":"#/components/schemas/B"}],"properties":{"a":{"type":"string"}}}"""); }),
            ("property-self", true, d => Returned(d, "Node", Node("""{"type":"object","properties":{"next":{"$ref":"#/components/schemas/Node"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}}"""))),
            ("property-mutual", true, d => { Schemas(d)["B"] = Node("""{"type":"object","properties":{"a":{"$ref":"#/components/schemas/A"}}}"""); Returned(d, "A", Node("""{"type":"object","properties":{"b":{"$ref":"#/components/schemas/B"}}}""")); }),
            ("array-self", false, d => Returned(d, "A", Node("""{"type":"array","items":{"$ref":"#/components/schemas/A"}}"""))),
            ("dictionary-self", false, d => Returned(d, "A", Node("""{"type":"object","additionalProperties":{"$ref":"#/components/schemas/A"}}"""))),
            ("oneof-self", false, d => Returned(d, "A", Node("""{"oneOf":[{"$ref":"#/components/schemas/A"},{"type":"string"}]}"""))),
            ("oneof-single-self", false, d => Returned(d, "A", Node("""{"oneOf":[{"$ref":"#/components/schemas/A"}]}"""))),
            ("anyof-mutual", false, d => { Schemas(d)["B"] = Node("""{"anyOf":[{"$ref":"#/components/schemas/A"}]}"""); Returned(d, "A", Node("""{"anyOf":[{"$ref":"#/components/schemas/B"}]}""")); }),
            ("not-self", false, d => Returned(d, "A", Node("""{"not":{"$ref":"#/components/schemas/A"}}"""))),
            ("property-to-alias-loop", false, d => { Schemas(d)["Loop"] = Node("""{"$ref":"#/components/schemas/Loop"}"""); PetProperties(d)["loop"] = Node("""{"$ref":"#/components/schemas/Loop"}"""); }),
            ("parameter-schema-self", false, d => { Schemas(d)["Loop"] = Node("""{"$ref":"#/components/schemas/Loop"}"""); ((JsonArray)ListPets(d)["parameters"]!).Add(Node("""{"name":"loop","in":"query","schema":{"$ref":"#/components/schemas/Loop"}}""")); }),
            ("body-self-alias", false, d => { Schemas(d)["Loop"] = Node("""{"$ref":"#/components/schemas/Loop"}"""); Paths(d)["/pets"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"] = Node("""{"$ref":"#/components/schemas/Loop"}"""); }),
            ("parameter-ref-self", false, d => { d["components"]!["parameters"]!["Self"] = Node("""{"$ref":"#/components/parameters/Self"}"""); ((JsonArray)ListPets(d)["parameters"]!).Add(Node("""{"$ref":"#/components/parameters/Self"}""")); }),
            ("response-ref-self", false, d => { d["components"]!["responses"] = Node("""{"Self":{"$ref":"#/components/responses/Self"}}"""); ListPets(d)["responses"] = Node("""{"200":{"$ref":"#/components/responses/Self"}}"""); }),
            ("request-body-ref-self", false, d => { d["components"]!["requestBodies"] = Node("""{"Self":{"$ref":"#/components/requestBodies/Self"}}"""); Paths(d)["/pets"]!["post"]!["requestBody"] = Node("""{"$ref":"#/components/requestBodies/Self"}"""); }),
            ("path-item-ref-self", false, d => Paths(d)["/loop"] = Node("""{"$ref":"#/paths/~1loop"}""")),
            ("ref-to-document-root", false, d => Returned(d, "Root", Node("""{"$ref":"#"}"""))),
            ("ref-to-paths", false, d => Returned(d, "Paths", Node("""{"$ref":"#/paths"}"""))),
            ("ref-into-own-property", false, d => Returned(d, "A", Node("""{"type":"object","properties":{"x":{"$ref":"#/components/schemas/A/properties/x"}}}"""))),
        };
        foreach (var (name, legit, mutate) in cycles)
        {
            yield return Pet("cycle", FieldKind.Structure, name, "cyclic $ref: " + name, mutate, mustGenerate: legit);
        }

        yield return Pet("cycle", FieldKind.Structure, "self-alias", "cyclic $ref: self-alias (YAML)", d => Returned(d, "Loop", Node("""{"$ref":"#/components/schemas/Loop"}""")), SpecFormat.Yaml);
        yield return Pet("cycle", FieldKind.Structure, "allof-mutual", "cyclic allOf (YAML)", d => { Schemas(d)["B"] = Node("""{"allOf":[{"$ref":"#/components/schemas/A"},{"type":"object","properties":{"b":{"type":"string"}}}]}"""); Returned(d, "A", Node("""{"allOf":[{"$ref":"#/components/schemas/B"},{"type":"object","properties":{"a":{"type":"string"}}}]}""")); }, SpecFormat.Yaml);

        // Swagger 2: definitions instead of components.
        var swagger2 = BaseSpecs.All.Single(b => b.Name == "swagger2");
        foreach (var (name, schemas) in new[]
        {
            ("swagger2-self-alias", """{"Loop":{"$ref":"#/definitions/Loop"}}"""),
            ("swagger2-allof-mutual", """{"Loop":{"allOf":[{"$ref":"#/definitions/Other"}],"properties":{"a":{"type":"string"}}},"Other":{"allOf":[{"$ref":"#/definitions/Loop"}],"properties":{"b":{"type":"string"}}}}"""),
        })
        {
            yield return new FuzzCase
            {
                Name = $"cycle/{name}.json",
                Class = "cycle",
                Field = FieldKind.Structure,
                Mutation = "cyclic $ref returned from an operation: " + name,
                Build = () =>
                {
                    var document = swagger2.Load();
                    foreach (var (key, value) in (JsonObject)Node(schemas))
                    {
                        ((JsonObject)document["definitions"]!)[key] = value!.DeepClone();
                    }

                    ((JsonObject)document["paths"]!)["/orders"]!["post"]!["responses"]!["201"]!["schema"] = Node("""{"$ref":"#/definitions/Loop"}""");
                    return swagger2.Write(document, SpecFormat.Json, name);
                },
            };
        }
    }

    // ---- Parameters without a name (threw inside Emit) ----------------------------------------------------------------

    private static IEnumerable<FuzzCase> NamelessParameters()
    {
        var parameters = new (string Name, string Json)[]
        {
            ("query", """{"in":"query","schema":{"type":"string"}}"""),
            ("header", """{"in":"header","description":"no name","schema":{"type":"string"}}"""),
            ("cookie", """{"in":"cookie","schema":{"type":"string"}}"""),
            ("path", """{"in":"path","required":true,"schema":{"type":"string"}}"""),
            ("name-null", """{"name":null,"in":"query","schema":{"type":"string"}}"""),
            ("name-empty", """{"name":"","in":"query","schema":{"type":"string"}}"""),
            ("name-whitespace", """{"name":" \t ","in":"query","schema":{"type":"string"}}"""),
            ("name-number", """{"name":123,"in":"query","schema":{"type":"string"}}"""),
            ("name-object", """{"name":{"a":1},"in":"query","schema":{"type":"string"}}"""),
            ("no-in", """{"name":"where","schema":{"type":"string"}}"""),
            ("no-schema", """{"name":"bare","in":"query"}"""),
            ("only-description", """{"description":"nothing else"}"""),
            ("empty-object", """{}"""),
            ("not-an-object", "\"limit\""),
            ("duplicate-name", """{"name":"status","in":"query","schema":{"type":"integer"}}"""),
        };
        foreach (var (name, json) in parameters)
        {
            yield return Pet("nameless-parameter", FieldKind.ParameterName, name, "parameter " + json, d => ((JsonArray)ListPets(d)["parameters"]!).Add(Node(json)));
        }

        yield return Pet("nameless-parameter", FieldKind.ParameterName, "component-without-name", "a $ref'd component parameter without name",
            d => { d["components"]!["parameters"]!["Nameless"] = Node("""{"in":"query","schema":{"type":"string"}}"""); ((JsonArray)ListPets(d)["parameters"]!).Add(Node("""{"$ref":"#/components/parameters/Nameless"}""")); });
        yield return Pet("nameless-parameter", FieldKind.ParameterName, "path-level-without-name", "a path-level parameter without name",
            d => Paths(d)["/pets/{petId}"]!["parameters"] = Node("""[{"in":"query","schema":{"type":"string"}}]"""));
        yield return Pet("nameless-parameter", FieldKind.ParameterName, "query", "parameter without name (YAML)", d => ((JsonArray)ListPets(d)["parameters"]!).Add(Node("""{"in":"query","schema":{"type":"string"}}""")), SpecFormat.Yaml);
    }

    // ---- Enum values of every JSON type -------------------------------------------------------------------------------

    private static IEnumerable<FuzzCase> EnumValues()
    {
        var enums = new (string Name, bool Legit, string Schema)[]
        {
            ("object-valued", true, """{"type":"string","enum":["available",{"a":1}]}"""),
            ("array-valued", true, """{"type":"string","enum":["available",[1,2]]}"""),
            ("null-valued", true, """{"type":"string","nullable":true,"enum":["available",null]}"""),
            ("only-null", true, """{"type":"string","nullable":true,"enum":[null]}"""),
            ("mixed-types", true, """{"enum":[1,"a",true,2.5,null,{"x":"y"},[]]}"""),
            ("booleans-typed-string", true, """{"type":"string","enum":[true,false]}"""),
            ("numbers-typed-string", true, """{"type":"string","enum":[1,2,3.5,-0]}"""),
            ("strings-typed-integer", true, """{"type":"integer","enum":["a","b"]}"""),
            ("duplicates", true, """{"type":"string","enum":["a","a","A"]}"""),
            ("empty-and-blank", true, """{"type":"string","enum":[""," ","\t","\u00a0"]}"""),
            ("pascal-collisions", true, """{"type":"string","enum":["a-b","a_b","A B","aB","a.b","AB","a--b"]}"""),
            ("numeric-strings", true, """{"type":"string","enum":["1","01","1.0","-1","+1","0x1"]}"""),
            ("member-names", true, """{"type":"string","enum":["Value","IsKnown","Converter","Equals","ToString","GetHashCode","_value","Known","Values","Parse","op_Equality","Item"]}"""),
            ("keywords", true, """{"type":"string","enum":["class","null","default","value","true","false","this","base","namespace"]}"""),
            ("object-with-payload", false, """{"type":"string","enum":["available",{"k":"\n[System.Runtime.CompilerServices.ModuleInitializer] internal static void Pwned() { } //"}]}"""),
            ("array-with-payload", false, """{"type":"string","enum":["available",["\u2028public static class InjectedByFuzz { } //"]]}"""),
            ("object-key-payload", false, """{"type":"string","enum":[{"\r\npublic static class InjectedByFuzz { } //":1}]}"""),
            ("empty-enum", true, """{"type":"string","enum":[]}"""),
        };
        foreach (var (name, legit, schema) in enums)
        {
            yield return Pet("enum-value", FieldKind.EnumValue, name, "PetStatus enum " + schema, d => Schemas(d)["PetStatus"] = Node(schema), mustGenerate: legit);
        }

        yield return Pet("enum-value", FieldKind.EnumValue, "parameter-object-valued", "query parameter enum with an object value",
            d => ((JsonArray)ListPets(d)["parameters"]!)[1]!["schema"] = Node("""{"type":"string","enum":["a",{"b":"c"}]}"""), mustGenerate: true);
        yield return Pet("enum-value", FieldKind.EnumValue, "many-values", "3,000 enum values",
            d => Schemas(d)["PetStatus"]!["enum"] = new JsonArray(Enumerable.Range(0, 3000).Select(i => (JsonNode?)JsonValue.Create("value-" + i)).ToArray()), mustGenerate: true);
        yield return Pet("enum-value", FieldKind.EnumValue, "object-valued", "PetStatus enum with object values (YAML)", d => Schemas(d)["PetStatus"] = Node("""{"type":"string","enum":["available",{"a":1},[2]]}"""), SpecFormat.Yaml, mustGenerate: true);

        // YAML 1.1 reads unquoted yes/no/on/off/~ as booleans and null, 0x1F as a number, a date as a timestamp.
        yield return new FuzzCase
        {
            Name = "enum-value/yaml11-scalars/enums.yaml",
            Class = "enum-value",
            Field = FieldKind.EnumValue,
            Mutation = "Specs/enums.yaml with unquoted YAML 1.1 scalars as enum values",
            MustGenerate = true,
            Build = () => new FuzzSpec("/specs/fuzz/enums.yaml",
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "enums.yaml")).Replace("enum: [low, high]", "enum: [yes, no, on, off, ~, null, 0x1F, .inf, 1e3, 2001-12-14, y, n]", StringComparison.Ordinal),
                [("ScopewiseClientName", "EnumShopClient")], "#/components/schemas/Item/properties/priority/enum"),
        };
    }

    // ---- 3. Deep nesting ---------------------------------------------------------------------------------------------

    private static IEnumerable<FuzzCase> Depth()
    {
        FuzzCase Deep(string name, string mutation, SpecFormat format, Action<JsonObject> place, Func<string, string> splice)
            => Pet("depth", FieldKind.Structure, name, mutation, place, format, post: splice, budget: TimeSpan.FromSeconds(10));

        void Schema(JsonObject d) => Returned(d, "Deep", JsonValue.Create(DeepText.Placeholder));
        void Extension(JsonObject d) => d["x-deep"] = DeepText.Placeholder;

        foreach (var depth in new[] { 130, 10_000 })
        {
            yield return Deep($"json-properties-{depth}", $"a schema nested {depth} deep through properties", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonProperties(depth)));
            yield return Deep($"json-allof-{depth}", $"a schema nested {depth} deep through inline allOf", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonAllOf(depth)));
        }

        yield return Deep("json-items-10000", "a schema nested 10,000 deep through items", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonItems(10_000)));
        yield return Deep("json-oneof-10000", "a schema nested 10,000 deep through oneOf", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonOneOf(10_000)));
        yield return Deep("json-not-10000", "a schema nested 10,000 deep through not", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonNot(10_000)));
        yield return Deep("json-additional-properties-10000", "a schema nested 10,000 deep through additionalProperties", SpecFormat.Json, Schema, t => DeepText.Splice(t, DeepText.JsonAdditionalProperties(10_000)));
        yield return Deep("json-extension-arrays-10000", "an x- extension of arrays 10,000 deep", SpecFormat.Json, Extension, t => DeepText.Splice(t, DeepText.Arrays(10_000)));
        yield return Deep("json-extension-objects-10000", "an x- extension of objects 10,000 deep", SpecFormat.Json, Extension, t => DeepText.Splice(t, DeepText.JsonObjects(10_000)));
        yield return Deep("json-example-arrays-10000", "a schema example of arrays 10,000 deep",
            SpecFormat.Json, d => Schemas(d)["Pet"]!["example"] = DeepText.Placeholder, t => DeepText.Splice(t, DeepText.Arrays(10_000)));
        yield return Deep("yaml-flow-sequences-200", "YAML flow sequences 200 deep in an extension", SpecFormat.Yaml, Extension, t => DeepText.Splice(t, DeepText.Arrays(200)));
        yield return Deep("yaml-flow-sequences-10000", "YAML flow sequences 10,000 deep in an extension", SpecFormat.Yaml, Extension, t => DeepText.Splice(t, DeepText.Arrays(10_000)));
        yield return Deep("yaml-flow-mappings-10000", "YAML flow mappings 10,000 deep in an extension", SpecFormat.Yaml, Extension, t => DeepText.Splice(t, DeepText.YamlFlowMaps(10_000)));
        yield return Deep("yaml-flow-schema-10000", "a YAML flow-style schema 10,000 deep", SpecFormat.Yaml, Schema, t => DeepText.Splice(t, DeepText.YamlFlowSchema(10_000)));
        yield return Deep("yaml-block-mappings-2000", "a YAML block mapping 2,000 deep in an extension", SpecFormat.Yaml, Extension, t => DeepText.SpliceBlock(t, i => DeepText.YamlBlockMaps(2_000, i)));
        yield return Deep("yaml-block-schema-300", "a YAML block-style schema 300 deep", SpecFormat.Yaml, Schema, t => DeepText.SpliceBlock(t, i => DeepText.YamlBlockSchema(300, i)));
        yield return Deep("yaml-block-sequences-2000", "YAML compact block sequences 2,000 deep", SpecFormat.Yaml, Extension, t => DeepText.SpliceBlock(t, i => DeepText.YamlBlockSequences(2_000, i)));
    }

    // ---- 4. Long chains: allOf inheritance and $ref aliases ------------------------------------------------------------

    private static IEnumerable<FuzzCase> Chains()
    {
        foreach (var (length, legit) in new[] { (20, true), (33, false), (40, false), (1_000, false) })
        {
            yield return Pet("chain", FieldKind.Structure, $"allof-{length}", $"an allOf inheritance chain {length} long", d =>
            {
                for (var i = 0; i < length; i++)
                {
                    Schemas(d)["A" + i] = Node("{\"allOf\":[{\"$ref\":\"#/components/schemas/A" + (i + 1) + "\"},{\"type\":\"object\",\"properties\":{\"p" + i + "\":{\"type\":\"string\"}}}]}");
                }

                Schemas(d)["A" + length] = Node("""{"type":"object","properties":{"root":{"type":"string"}}}""");
                Paths(d)["/fuzz/chain"] = Operation("getChain", "pets", Ref("A0"));
            }, mustGenerate: legit, budget: TimeSpan.FromSeconds(10));
        }

        foreach (var (length, legit) in new[] { (40, true), (65, false), (100, false), (7_000, false) })
        {
            yield return Pet("chain", FieldKind.Structure, $"ref-alias-{length}", $"a $ref alias chain {length} long", d =>
            {
                for (var i = 0; i < length; i++)
                {
                    Schemas(d)["S" + i] = Node($$"""{"$ref":"#/components/schemas/S{{i + 1}}"}""");
                }

                Schemas(d)["S" + length] = Node("""{"type":"object","properties":{"x":{"type":"string"}}}""");
                Paths(d)["/fuzz/chain"] = Operation("getChain", "pets", Ref("S0"));
            }, mustGenerate: legit, budget: TimeSpan.FromSeconds(10));
        }

        yield return Pet("chain", FieldKind.Structure, "parameter-ref-100", "a components/parameters $ref chain 100 long", d =>
        {
            var parameters = (JsonObject)d["components"]!["parameters"]!;
            for (var i = 0; i < 100; i++)
            {
                parameters["P" + i] = Node($$"""{"$ref":"#/components/parameters/P{{i + 1}}"}""");
            }

            parameters["P100"] = Node("""{"name":"chained","in":"query","schema":{"type":"string"}}""");
            ((JsonArray)ListPets(d)["parameters"]!).Add(Node("""{"$ref":"#/components/parameters/P0"}"""));
        });
        yield return Pet("chain", FieldKind.Structure, "response-ref-100", "a components/responses $ref chain 100 long", d =>
        {
            var responses = new JsonObject();
            for (var i = 0; i < 100; i++)
            {
                responses["R" + i] = Node($$"""{"$ref":"#/components/responses/R{{i + 1}}"}""");
            }

            responses["R100"] = Node("""{"description":"end","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}""");
            d["components"]!["responses"] = responses;
            ListPets(d)["responses"] = Node("""{"200":{"$ref":"#/components/responses/R0"}}""");
        });
        yield return Pet("chain", FieldKind.Structure, "ref-alias-100", "a $ref alias chain 100 long (YAML)", d =>
        {
            for (var i = 0; i < 100; i++)
            {
                Schemas(d)["S" + i] = Node($$"""{"$ref":"#/components/schemas/S{{i + 1}}"}""");
            }

            Schemas(d)["S100"] = Node("""{"type":"object"}""");
            Paths(d)["/fuzz/chain"] = Operation("getChain", "pets", Ref("S0"));
        }, SpecFormat.Yaml);
    }

    // ---- 5. YAML alias expansion ---------------------------------------------------------------------------------------

    private static IEnumerable<FuzzCase> Expansion()
    {
        yield return new FuzzCase
        {
            Name = "expansion/billion-laughs-extension.yaml",
            Class = "expansion",
            Field = FieldKind.Extension,
            Mutation = "YAML billion laughs (10^9 nodes) in an x- extension",
            Build = () => PetYaml(d => d["x-lol"] = DeepText.Placeholder, t => DeepText.Splice(t, DeepText.BillionLaughsFlow())),
        };
        yield return new FuzzCase
        {
            Name = "expansion/billion-laughs-schemas.yaml",
            Class = "expansion",
            Field = FieldKind.Structure,
            Mutation = "YAML billion laughs through schema properties returned from an operation",
            Build = () => PetYaml(d => Returned(d, "Laughs", JsonValue.Create(DeepText.Placeholder)), t => DeepText.Splice(t, DeepText.BillionLaughsSchemas())),
        };
        yield return new FuzzCase
        {
            Name = "expansion/billion-laughs-enum.yaml",
            Class = "expansion",
            Field = FieldKind.EnumValue,
            Mutation = "YAML billion laughs as an enum's values",
            Build = () => PetYaml(d => Schemas(d)["PetStatus"] = Node("""{"type":"string","enum":"__FUZZ_DEEP__"}"""), t => DeepText.Splice(t, "[" + DeepText.BillionLaughsFlow() + "]")),
        };
        yield return new FuzzCase
        {
            Name = "expansion/quadratic-aliases.yaml",
            Class = "expansion",
            Field = FieldKind.Extension,
            Mutation = "one 10,000-item anchor aliased 10,000 times (10^8 nodes)",
            Build = () => PetYaml(d => d["x-quadratic"] = DeepText.Placeholder, t => DeepText.Splice(t, DeepText.QuadraticAliases(10_000, 10_000))),
        };
        yield return new FuzzCase
        {
            Name = "expansion/recursive-alias-sequence.yaml",
            Class = "expansion",
            Field = FieldKind.Extension,
            Mutation = "an anchor whose sequence contains its own alias",
            Build = () => PetYaml(_ => { }, t => DeepText.Splice(t, "&loop [1, *loop]"), reorder: "x-loop"),
        };
        yield return new FuzzCase
        {
            Name = "expansion/recursive-alias-mapping.yaml",
            Class = "expansion",
            Field = FieldKind.Structure,
            Mutation = "a schema anchor whose property aliases the schema itself",
            Build = () => PetYaml(d => Returned(d, "Loop", JsonValue.Create(DeepText.Placeholder)), t => DeepText.Splice(t, "&loop {type: object, properties: {self: *loop}}")),
        };
        yield return new FuzzCase
        {
            Name = "expansion/custom-tags.yaml",
            Class = "expansion",
            Field = FieldKind.Extension,
            Mutation = "YAML tags that name types (!!python/object, !<tag:...>, !!binary)",
            Build = () => PetYaml(d => d["x-tags"] = DeepText.Placeholder, t => DeepText.Splice(t, "{a: !!python/object/apply:os.system [\"echo\"], b: !<tag:yaml.org,2002:js/function> 'x', c: !!binary aGVsbG8=, d: !System.IO.File 'x'}")),
        };
    }

    private static FuzzSpec PetYaml(Action<JsonObject> mutate, Func<string, string> splice, string? reorder = null)
    {
        var spec = BaseSpecs.PetStoreBase;
        var document = spec.Load();
        if (reorder is not null)
        {
            var reordered = new JsonObject { [reorder] = DeepText.Placeholder };
            foreach (var (k, v) in document.ToList())
            {
                document.Remove(k);
                reordered[k] = v;
            }

            document = reordered;
        }
        else
        {
            mutate(document);
        }

        var written = spec.Write(document, SpecFormat.Yaml, "alias expansion");
        return written with { Text = splice(written.Text) };
    }

    // ---- 6. The other budgets -------------------------------------------------------------------------------------------

    private static IEnumerable<FuzzCase> Budgets()
    {
        yield return Pet("budget", FieldKind.Extension, "spec-33m-chars", "a 33,554,442-character spec (an x- string)",
            d => d["x-huge"] = DeepText.Placeholder, post: t => DeepText.Splice(t, "\"" + new string('a', (32 * 1024 * 1024) + 10) + "\""), budget: TimeSpan.FromSeconds(30));
        yield return Pet("budget", FieldKind.PropertyName, "model-2001-properties", "a model with 2,001 properties", d =>
        {
            var properties = new JsonObject();
            for (var i = 0; i < 2_001; i++)
            {
                properties["p" + i] = Node("""{"type":"string"}""");
            }

            Returned(d, "Wide", new JsonObject { ["type"] = "object", ["properties"] = properties });
        });
        yield return Pet("budget", FieldKind.PropertyName, "model-2100-inherited-properties", "1,200 inherited plus 900 own properties", d =>
        {
            JsonObject Properties(string prefix, int count)
            {
                var properties = new JsonObject();
                for (var i = 0; i < count; i++)
                {
                    properties[prefix + i] = Node("""{"type":"integer"}""");
                }

                return properties;
            }

            Schemas(d)["Base"] = new JsonObject { ["type"] = "object", ["properties"] = Properties("b", 1_200) };
            Returned(d, "Derived", new JsonObject { ["allOf"] = new JsonArray(Node("""{"$ref":"#/components/schemas/Base"}"""), new JsonObject { ["type"] = "object", ["properties"] = Properties("d", 900) }) });
        });
        yield return Pet("budget", FieldKind.Structure, "generated-60mb", "1,500 models of 40 properties, each referring to one schema with a 1,000-character description (about 60 MB of doc comments from a 3 MB spec)", d =>
        {
            Schemas(d)["Shared"] = new JsonObject { ["type"] = "string", ["description"] = string.Concat(Enumerable.Repeat("A long description that every property referring to this schema copies. ", 14)) };
            for (var m = 0; m < 1_500; m++)
            {
                var properties = new JsonObject();
                for (var p = 0; p < 40; p++)
                {
                    properties["p" + p] = Node("""{"$ref":"#/components/schemas/Shared"}""");
                }

                Schemas(d)["M" + m] = new JsonObject { ["type"] = "object", ["properties"] = properties };
            }
        }, budget: TimeSpan.FromSeconds(60));
    }

    // ---- 7. File formats: JSON in .yaml, BOMs, comments ----------------------------------------------------------------

    private static IEnumerable<FuzzCase> FileFormats()
    {
        FuzzCase Format(string name, string mutation, string extension, Func<string, string> text, bool legit, SpecFormat format = SpecFormat.Json)
            => Pet("format", FieldKind.Structure, name, mutation, _ => { }, format, mustGenerate: legit, extension: extension, post: text);

        yield return Format("json-in-yaml", "a JSON spec in a .yaml file", ".yaml", t => t, true);
        yield return Format("json-in-yml", "a JSON spec in a .yml file", ".yml", t => t, true);
        yield return Format("minified-json-in-yaml", "a one-line JSON spec in a .yaml file", ".yaml", t => BaseSpecs.Parse(t).ToJsonString(), true);
        yield return Format("json-with-bom-in-yaml", "a JSON spec with a byte-order mark left in the text (a real build strips it when decoding) in a .yaml file", ".yaml", t => "\uFEFF" + t, false);
        yield return Format("json-crlf-in-yaml", "a JSON spec with CRLF line ends in a .yaml file", ".yaml", t => t.Replace("\n", "\r\n", StringComparison.Ordinal), true);
        yield return Format("json-with-bom", "a JSON spec with a byte-order mark left in the text (a real build strips it when decoding)", ".json", t => "\uFEFF" + t, false);
        yield return Format("yaml-with-bom", "a YAML spec with a byte-order mark left in the text (a real build strips it when decoding)", ".yaml", t => "\uFEFF" + t, false, SpecFormat.Yaml);
        yield return Format("yaml-crlf", "a YAML spec with CRLF line ends", ".yaml", t => t.Replace("\n", "\r\n", StringComparison.Ordinal), true, SpecFormat.Yaml);
        yield return Format("yaml-in-json", "a YAML spec in a .json file", ".json", t => t, false, SpecFormat.Yaml);
        yield return Format("json-comments", "a JSON spec with // and /* */ comments", ".json", t => "// header\n/* block */" + t, false);
        yield return Format("json-duplicate-keys", "a JSON spec whose info appears twice", ".json", t => t.Replace("\"openapi\": \"3.0.3\",", "\"openapi\": \"3.0.3\", \"info\": { \"title\": \"Shadow\", \"version\": \"0\" },", StringComparison.Ordinal), false);
        yield return Format("yaml-two-documents", "a YAML stream of two documents", ".yaml", t => t + "---\n" + t, false, SpecFormat.Yaml);
        yield return Format("json-trailing-garbage", "a JSON spec followed by C#", ".json", t => t + "\n}} public static class InjectedByFuzz { }", false);
        yield return Format("nul-bytes", "a JSON spec with NUL characters between tokens", ".json", t => t.Replace("\"paths\"", "\0\"paths\"", StringComparison.Ordinal), false);
    }

    // ---- 8. Names: 100,000 characters, keywords, leading digits, Unicode, case duplicates ------------------------------

    private static readonly FieldKind[] NamePositions = [FieldKind.OperationId, FieldKind.SchemaName, FieldKind.PropertyName, FieldKind.Tag, FieldKind.ParameterName, FieldKind.PathParameterName, FieldKind.EnumValue, FieldKind.Title];

    /// <summary>Adds <paramref name="names"/> to the pet store in one name position, each reachable from an operation.</summary>
    private static void AddNames(JsonObject document, FieldKind position, IReadOnlyList<string> names)
    {
        var schemas = Schemas(document);
        var paths = Paths(document);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            switch (position)
            {
                case FieldKind.OperationId:
                    paths[$"/fuzz/op{i}"] = Operation(name, "pets");
                    break;
                case FieldKind.Tag:
                    paths[$"/fuzz/tag{i}"] = Operation($"tagged{i}", name);
                    break;
                case FieldKind.SchemaName:
                    if (!schemas.ContainsKey(name))
                    {
                        schemas[name] = Node("""{"type":"object","properties":{"value":{"type":"string"}}}""");
                        PetProperties(document)["ref" + i] = new JsonObject { ["$ref"] = Ref(name) };
                    }

                    break;
                case FieldKind.PropertyName:
                    if (!PetProperties(document).ContainsKey(name))
                    {
                        PetProperties(document)[name] = Node("""{"type":"string"}""");
                    }

                    break;
                case FieldKind.ParameterName:
                    ((JsonArray)ListPets(document)["parameters"]!).Add(new JsonObject { ["name"] = name, ["in"] = "query", ["schema"] = Node("""{"type":"string"}""") });
                    break;
                case FieldKind.EnumValue:
                    schemas["PetStatus"]!["enum"] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
                    return;
                case FieldKind.Title:
                    document["info"]!["title"] = name;
                    return;
                case FieldKind.PathParameterName:
                    var operation = Operation("getByPath", "pets");
                    operation["get"]!["parameters"] = new JsonArray(names.Select(n => (JsonNode?)new JsonObject { ["name"] = n, ["in"] = "path", ["required"] = true, ["schema"] = Node("""{"type":"string"}""") }).ToArray());
                    paths["/fuzz/" + string.Join("/", names.Select(n => "{" + n + "}"))] = operation;
                    return;
            }
        }
    }

    private static IEnumerable<FuzzCase> NameClasses()
    {
        var classes = new (string Class, string Description, bool Legit, Func<FieldKind, IReadOnlyList<string>> Names)[]
        {
            ("long-name", "two 100,000-character names differing only in their last character", false,
                _ => [new string('x', 99_999) + "1", new string('x', 99_999) + "2"]),
            ("long-name-1100", "two 1,100-character names (past metadata's 1,023-byte limit) differing only in their last character", false,
                _ => [new string('y', 1_099) + "1", new string('y', 1_099) + "2"]),
            ("keyword", "C# keywords and contextual keywords", true,
                _ => ["class", "namespace", "int", "void", "this", "base", "value", "async", "await", "var", "nameof", "global", "dynamic", "record", "__arglist", "_", "event", "operator", "true", "null", "default", "object", "string", "params", "out", "ref", "in", "is", "as", "new", "static", "unsafe", "fixed", "lock", "where", "yield", "get", "set", "init", "required", "file", "scoped", "field", "extension"]),
            ("digit", "names that start with digits", true,
                _ => ["2fa", "123", "1st-thing", "0", "9_lives", "4 4", "\u0663x", "3.14", "-1", "1e5"]),
            ("unicode", "Cyrillic, emoji, combining marks, BOM, bidi override, zero-width and lone surrogates", true,
                _ => ["Питомец", "🐶Dog", "e\u0301clair", "\uFEFFBom", "Pet\u202Egnp", "zero\u200Bwidth", "ℌello", "ǅungla", "𝒳ray", "\uD800lone", "lone\uDC00", "Ⅻroman", "\u0640tatweel", "日本語", "a\u0300\u0301", "x\u200Dy", "\u00A0nbsp", "İstanbul", "straße", "\u202Bembed\u202C"]),
            ("duplicate", "names equal but for case or punctuation", true,
                kind => kind == FieldKind.SchemaName ? ["pet", "PET", "p-et", "p_et", "pET", "pet!", "pet "] : ["petName", "pet_name", "pet-name", "PetName", "pet name", "PETNAME", "petname", "pet.name"]),
        };
        foreach (var (cls, description, legit, names) in classes)
        {
            foreach (var position in NamePositions)
            {
                var list = names(position);
                if (position == FieldKind.Title)
                {
                    list = [list[0]];
                }

                var i = Array.IndexOf(NamePositions, position);
                var format = i % 2 == 0 ? SpecFormat.Json : SpecFormat.Yaml;
                if (format == SpecFormat.Yaml)
                {
                    // YAML cannot carry a lone surrogate (it is no Unicode scalar value); JSON's \uD800 can.
                    list = list.Where(n => !n.Any(char.IsSurrogate) || n.Any(char.IsHighSurrogate) && n.Any(char.IsLowSurrogate)).ToList();
                }

                yield return Pet(cls, position, position.ToString(), $"{description} as {position}" + (position == FieldKind.Title ? " (no ClientName, so the client is named from it)" : ""),
                    d => AddNames(d, position, list), format, mustGenerate: legit,
                    metadata: position == FieldKind.Title ? [] : null,
                    budget: cls == "long-name" ? TimeSpan.FromSeconds(15) : null);
            }
        }

        // The other string positions get a 100,000-character value too.
        var huge = new string('z', 100_000);
        foreach (var kind in new[] { FieldKind.PathTemplate, FieldKind.MediaType, FieldKind.Scope, FieldKind.ServerUrl, FieldKind.Description, FieldKind.Extension, FieldKind.Summary })
        {
            yield return Pet("long-name", kind, kind.ToString(), $"a 100,000-character {kind}", d =>
            {
                foreach (var site in SpecSites.Find(d).Where(s => s.Kind == kind).Take(1))
                {
                    site.Apply(old => kind == FieldKind.MediaType ? "application/" + huge + "+json" : old + huge);
                }
            }, budget: TimeSpan.FromSeconds(15));
        }
    }

    // ---- 9. Names that collide with generated names ---------------------------------------------------------------------

    private static IEnumerable<FuzzCase> Collisions()
    {
        (string Key, string Value)[] noClientName = [];
        var schemaNames = new[]
        {
            "ZooClient", "ZooJson", "ZooPetsClient", "ZooStoresClient", "Zoo", "Connection", "ApiConnection", "Scopewise", "Fuzz", "Target", "System", "Global",
            "Task", "List", "Dictionary", "JsonElement", "Object", "String", "CancellationToken", "Converter", "Resolver", "__Metadata1", "GeneratedCode",
            "JsonPropertyName", "JsonConverter", "Nullable", "IEquatable", "Type", "Func", "Options", "CreateOptions", "Attribute", "ModuleInitializer",
            "ListOfPet", "NullablePetStatus", "ListPetsStatus", "ListPetsResult", "CreatePetRequest", "PetStatus2", "Pets", "ApiRequest", "ApiValue",
            "Json", "GeneratedJson", "Uri", "Stream", "HttpContent", "DateTimeOffset", "Guid",
        };
        foreach (var name in schemaNames)
        {
            yield return Pet("collision-schema", FieldKind.SchemaName, "schema-" + name, $"a schema named '{name}' (client derived from title 'Zoo')", d => AddNames(d, FieldKind.SchemaName, [name]), mustGenerate: true, metadata: noClientName);
        }

        foreach (var name in new[] { "ZooClient", "ZooJson", "ZooPetsClient" })
        {
            yield return Pet("collision-schema", FieldKind.SchemaName, "schema-configured-" + name, $"a schema named '{name}' (ClientName=ZooClient)", d => AddNames(d, FieldKind.SchemaName, [name]), SpecFormat.Yaml, mustGenerate: true);
        }

        foreach (var name in new[] { "pet", "equals", "getHashCode", "toString", "getType", "memberwiseClone", "finalize", "referenceEquals", "extensionData", "additionalProperties", "value", "Value2", "__value", "properties", "Pet2", "jsonTypeInfo" })
        {
            yield return Pet("collision-member", FieldKind.PropertyName, "property-" + name, $"a Pet property named '{name}'", d => AddNames(d, FieldKind.PropertyName, [name]), mustGenerate: true);
        }

        foreach (var name in new[] { "cancellationToken", "CancellationToken", "__request", "body", "content", "_connection", "connection", "options", "limit", "Limit", "status2", "request" })
        {
            yield return Pet("collision-member", FieldKind.ParameterName, "parameter-" + name, $"a listPets query parameter named '{name}'", d => AddNames(d, FieldKind.ParameterName, [name]), mustGenerate: true);
        }

        foreach (var name in new[] { "Connection", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "_connection", "ZooPetsClient", "listPetsAll", "listPetsAsync", "s_listPets", "Finalize" })
        {
            yield return Pet("collision-member", FieldKind.OperationId, "operation-" + name, $"a pets operation with operationId '{name}'", d => AddNames(d, FieldKind.OperationId, [name]), mustGenerate: true);
            yield return Pet("collision-member", FieldKind.OperationId, "root-operation-" + name, $"an untagged operation with operationId '{name}'", d => Paths(d)["/fuzz/root"] = Operation(name, null), mustGenerate: true);
        }

        foreach (var name in new[] { "Connection", "Connections", "Json", "Client", "s", "ZooClient", "Zoo", "health", "Pets", "Pet", "Store", "" })
        {
            yield return Pet("collision-member", FieldKind.Tag, "tag-" + (name.Length == 0 ? "empty" : name), $"an operation tagged '{name}'", d => AddNames(d, FieldKind.Tag, [name]), mustGenerate: true);
        }
    }

    // ---- Large corpus only: whole bundled specs ---------------------------------------------------------------------------

    private static IEnumerable<FuzzCase> Bundled()
    {
        if (!IsLarge)
        {
            yield break;
        }

        foreach (var spec in new[] { BaseSpecs.Bundled("confluence-v2", "ConfluenceV2Client", "confluence"), BaseSpecs.Bundled("confluence-v1", "ConfluenceV1Client", "confluence"), BaseSpecs.Bundled("confluence-dc", "ConfluenceDataCenterClient", "confluence") })
        {
            foreach (var (separatorName, separator) in Payloads.Separators.Where((_, i) => i % 2 == 0))
            {
                yield return new FuzzCase
                {
                    Name = $"bundled/{separatorName}/{spec.Name}.json",
                    Class = "bundled",
                    Field = FieldKind.Structure,
                    Mutation = $"append {separatorName} + alternating payloads to every text site (descriptions, summaries, titles) of a whole bundled spec",
                    MustGenerate = true,
                    Budget = TimeSpan.FromSeconds(180),
                    Build = () =>
                    {
                        var document = spec.Load();
                        var sites = SpecSites.Find(document).Where(s => Payloads.IsTextKind(s.Kind)).ToList();
                        for (var i = 0; i < sites.Count; i++)
                        {
                            var payload = Payloads.InjectionPayloads[i % 2].Text;
                            sites[i].Apply(old => old + separator + payload);
                        }

                        return spec.Write(document, SpecFormat.Json, $"{sites.Count} sites");
                    },
                };
            }
        }
    }
}
