namespace ResourceGen.Bench.CorpusGen;

/// <summary>The words and tags the corpus is made of; words are drawn with a Zipf-like skew, as in real text.</summary>
internal static class Vocabulary
{
    /// <summary>Forty tags, the site's tag vocabulary.</summary>
    public static readonly string[] Tags =
    [
        "attention", "balance", "bedtime", "body-awareness", "classroom", "coordination", "collaboration", "communication",
        "confidence", "dressing", "eating", "emotions", "feeding", "fine-motor", "friendships", "goals",
        "gross-motor", "handwriting", "home-practice", "independence", "listening", "mealtimes", "motor-planning", "movement",
        "organisation", "outdoor-play", "play", "posture", "routines", "scissor-skills", "school", "self-care",
        "self-regulation", "sensory-processing", "sleep", "social-skills", "transitions", "visual-perception", "writing", "toileting",
    ];

    private static readonly string[] Common = """
        the child and to a of in is it that for you with at this can be on as your or they when are help
        time home school play hands week day try small steps each short practice routine therapist parent teacher
        what more one two three how then some about their will also may if we not often just like before after
        every morning evening table chair pencil paper scissors beads playdough ball cushion blanket timer picture
        calm busy quiet noisy gentle strong slow quick simple easy hard tired ready happy worried curious proud
        notice share write draw cut fold thread stack build climb jump balance throw catch push pull carry squeeze
        plan start finish wait move sit stand walk breathe listen look talk ask answer praise repeat change
        body feelings senses sound touch movement energy attention focus skill goal progress session meeting
        kitchen bathroom garden playground classroom car bus shop park bedroom hallway corner basket box bag
        minutes together slowly carefully gradually regularly calmly clearly kindly firmly softly briefly
        because while until unless although where which who whose whether rather than instead through across
        family brother sister grandparent friend class group team staff nurse doctor assistant carer helper
        breakfast lunch dinner snack bath bedtime story song game puzzle music dance walk ride swim toy book
        choose plan keep bring take give find show help make let keep use need want know think feel see hear
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary><paramref name="count"/> words separated by spaces.</summary>
    public static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)));

    /// <summary>One word; low ranks are far more common.</summary>
    public static string Word(Random random) =>
        Common[Math.Min(Common.Length - 1, (int)Math.Floor(Math.Pow(Common.Length, random.NextDouble())) - 1)];
}
