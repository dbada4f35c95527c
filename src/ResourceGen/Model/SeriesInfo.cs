namespace ResourceGen.Model;

/// <summary>One part of a series, as the series box lists it.</summary>
/// <param name="Part">The part number.</param>
/// <param name="Title">The part's title.</param>
/// <param name="Url">The part's URL path.</param>
/// <param name="IsCurrent">True on the page being rendered.</param>
internal sealed record SeriesPart(int Part, string Title, string Url, bool IsCurrent);

/// <summary>Where a page stands in its series: "Part 1 of 2", with previous and next.</summary>
/// <param name="Name">The series name.</param>
/// <param name="Part">This page's part number.</param>
/// <param name="Total">How many parts are published.</param>
/// <param name="Parts">All parts in order.</param>
/// <param name="Previous">The part before, or null.</param>
/// <param name="Next">The part after, or null.</param>
internal sealed record SeriesInfo(string Name, int Part, int Total, IReadOnlyList<SeriesPart> Parts, SeriesPart? Previous, SeriesPart? Next);
