namespace ResourceGen.Schema;

/// <summary><c>howto</c>: schema.org HowTo data from the page's steps and its <c>materials</c>, <c>duration</c> and <c>age</c> fields.</summary>
internal sealed class HowToFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "howto";

    /// <inheritdoc />
    public override string Description => "schema.org HowTo JSON-LD: the steps of the first numbered list, with the `materials`, `duration` and `age` fields when the type has them.";
}
