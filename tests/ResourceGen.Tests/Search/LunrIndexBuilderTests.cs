using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class LunrIndexBuilderTests
{
    [Fact]
    public void Writes_the_index_lunr_writes_byte_for_byte()
    {
        // JSON.stringify of the index lunr 2.3.9 builds from the same three documents.
        const string expected =
            """{"version":"2.3.9","fields":["title","body","tags"],"fieldVectors":[["title/calm-corner",[0,1.27,1,4.471,2,9.331]],""" +
            """["body/calm-corner",[0,0.123,1,0.434,3,0.907,4,0.907,5,0.907,6,0.907,7,0.907,8,0.907]],["tags/calm-corner",[9,0.981,10,0.981]],""" +
            """["title/visual-schedule",[11,5.235,12,5.235]],["body/visual-schedule",[11,0.49,12,0.49,13,1.023,14,1.023,15,1.023,16,1.023]],""" +
            """["tags/visual-schedule",[17,0.981,18,0.105]],["title/bedtime",[18,1.002,19,4.471,20,9.331]],""" +
            """["body/bedtime",[0,0.139,18,0.11,19,0.49,21,1.023,22,1.023,23,1.023]],["tags/bedtime",[18,0.105,24,0.981]]],"invertedIndex":[""" +
            """["anxieti",{"_index":14,"title":{},"body":{"visual-schedule":{}},"tags":{}}],""" +
            """["autism",{"_index":17,"title":{},"body":{},"tags":{"visual-schedule":{}}}],""" +
            """["bath",{"_index":21,"title":{},"body":{"bedtime":{}},"tags":{}}],["bed",{"_index":23,"title":{},"body":{"bedtime":{}},"tags":{}}],""" +
            """["bedtim",{"_index":19,"title":{"bedtime":{}},"body":{"bedtime":{}},"tags":{}}],""" +
            """["book",{"_index":22,"title":{},"body":{"bedtime":{}},"tags":{}}],""" +
            """["calm",{"_index":0,"title":{"calm-corner":{}},"body":{"calm-corner":{},"bedtime":{}},"tags":{}}],""" +
            """["checklist",{"_index":20,"title":{"bedtime":{}},"body":{},"tags":{}}],""" +
            """["children",{"_index":6,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["classroom",{"_index":10,"title":{},"body":{},"tags":{"calm-corner":{}}}],""" +
            """["corner",{"_index":1,"title":{"calm-corner":{}},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["dure",{"_index":15,"title":{},"body":{"visual-schedule":{}},"tags":{}}],""" +
            """["guid",{"_index":2,"title":{"calm-corner":{}},"body":{},"tags":{}}],""" +
            """["help",{"_index":5,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["reduc",{"_index":13,"title":{},"body":{"visual-schedule":{}},"tags":{}}],""" +
            """["regul",{"_index":8,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["routin",{"_index":18,"title":{"bedtime":{}},"body":{"bedtime":{}},"tags":{"visual-schedule":{},"bedtime":{}}}],""" +
            """["schedul",{"_index":12,"title":{"visual-schedule":{}},"body":{"visual-schedule":{}},"tags":{}}],""" +
            """["self",{"_index":7,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["sensori",{"_index":9,"title":{},"body":{},"tags":{"calm-corner":{}}}],""" +
            """["set",{"_index":3,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["sleep",{"_index":24,"title":{},"body":{},"tags":{"bedtime":{}}}],""" +
            """["transit",{"_index":16,"title":{},"body":{"visual-schedule":{}},"tags":{}}],""" +
            """["up",{"_index":4,"title":{},"body":{"calm-corner":{}},"tags":{}}],""" +
            """["visual",{"_index":11,"title":{"visual-schedule":{}},"body":{"visual-schedule":{}},"tags":{}}]],"pipeline":["stemmer"]}""";
        var builder = new LunrIndexBuilder();
        builder.Field("title", boost: 10);
        builder.Field("body");
        builder.Field("tags");
        builder.Add("calm-corner", ["Calm Corner Guide", "Setting up a calm corner helps children self-regulate.", new[] { "sensory", "classroom" }]);
        builder.Add("visual-schedule", ["Visual Schedules", "A visual schedule reduces anxiety during transitions.", new[] { "autism", "routine" }]);
        builder.Add("bedtime", ["Bedtime Routine Checklist", "Calm routines at bedtime: bath, book, bed.", new[] { "routine", "sleep" }]);

        Assert.Equal(expected, LunrIndexSerializer.SerializeToString(builder.Build()));
    }

    [Fact]
    public void Integer_like_refs_come_first_in_postings_as_in_javascript_objects()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("body");
        foreach (var docRef in new[] { "b", "10", "2", "a", "01" }) builder.Add(docRef, ["calm"]);

        var json = LunrIndexSerializer.SerializeToString(builder.Build());

        Assert.Contains("""["calm",{"_index":0,"body":{"2":{},"10":{},"b":{},"a":{},"01":{}}}]""", json);
        Assert.Contains("""["body/b",[0,0.087]],["body/10",[0,0.087]]""", json);
    }

    [Fact]
    public void Every_document_gets_a_vector_for_every_field_and_empty_fields_count_toward_the_average()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");
        builder.Field("body");
        builder.Add("a", ["calm", LunrFieldValue.Missing]);
        builder.Add("b", ["calm calm routine", ""]);

        var index = builder.Build();

        Assert.Equal(4, index.FieldVectors.Count);
        Assert.Empty(index.FieldVectors[1].TermIndexes);
        Assert.Empty(index.FieldVectors[3].TermIndexes);
        // average title length (1 + 3) / 2 = 2; idf(calm) = ln(1 + 0.5 / 2.5)
        var idf = Math.Log(1 + 0.5 / 2.5);
        var expected = Math.Round(idf * 2.2 / (1.2 * (0.25 + 0.75 * (1 / 2.0)) + 1) * 1000, MidpointRounding.AwayFromZero) / 1000;
        Assert.Equal(expected, index.FieldVectors[0].Weights[0]);
    }

    [Fact]
    public void The_result_does_not_depend_on_parallel_scheduling()
    {
        var first = LunrIndexSerializer.Serialize(Build());
        var second = LunrIndexSerializer.Serialize(Build());
        Assert.Equal(first, second);

        static LunrIndex Build()
        {
            var builder = new LunrIndexBuilder();
            builder.Field("title", 10);
            builder.Field("body");
            var random = new Random(7);
            for (var d = 0; d < 300; d++)
            {
                var words = Enumerable.Range(0, 60).Select(_ => "w" + (int)Math.Pow(500, random.NextDouble()));
                builder.Add(d.ToString("x"), [$"title {d}", string.Join(' ', words)]);
            }
            return builder.Build();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("0")]
    [InlineData("constructor")]
    [InlineData("__proto__")]
    public void Rejects_field_names_lunr_cannot_handle(string name) =>
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder().Field(name));

    [Fact]
    public void Rejects_repeated_refs_and_fields_and_wrong_value_counts()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");
        Assert.Throws<ArgumentException>(() => builder.Field("title"));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Field("body", 0));
        builder.Add("a", ["x"]);
        Assert.Throws<ArgumentException>(() => builder.Add("a", ["y"]));
        Assert.Throws<ArgumentException>(() => builder.Add("b", ["y", "z"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("c", ["y"], double.NaN));
        Assert.Throws<InvalidOperationException>(() => builder.Field("body"));
    }

    [Fact]
    public void An_index_without_documents_is_valid() =>
        Assert.Equal("""{"version":"2.3.9","fields":["title"],"fieldVectors":[],"invertedIndex":[],"pipeline":["stemmer"]}""",
            LunrIndexSerializer.SerializeToString(BuildEmpty()));

    [Fact]
    public void Documents_without_terms_still_get_vectors() =>
        Assert.Equal("""{"version":"2.3.9","fields":["title"],"fieldVectors":[["title/a",[]],["title/b",[]]],"invertedIndex":[],"pipeline":["stemmer"]}""",
            LunrIndexSerializer.SerializeToString(BuildEmpty("a", "b")));

    private static LunrIndex BuildEmpty(params string[] refs)
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");
        foreach (var docRef in refs) builder.Add(docRef, ["the and of"]);
        return builder.Build();
    }
}
