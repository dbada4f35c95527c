namespace ResourceGen.Schema;

/// <summary><c>print</c>: a print button on the page (the default theme's <c>print-button.js</c>).</summary>
internal sealed class PrintFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "print";

    /// <inheritdoc />
    public override string Description => "A \"Print this ...\" button in the page head, and the script that runs it.";
}
