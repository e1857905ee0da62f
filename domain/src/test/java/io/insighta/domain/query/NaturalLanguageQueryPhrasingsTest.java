package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Phrasings beyond the required five: each query with the exact filter it must produce. */
class NaturalLanguageQueryPhrasingsTest {
  private static final String ERROR = "error";

  // query => expected filter in FilterSpec notation, or "error" for QueryNotUnderstoodException
  private static final String[] UNDERSTOOD = {
    // gender synonyms and plurals
    "men => g=male",
    "man => g=male",
    "MALES => g=male",
    "boys => g=male",
    "guys from ghana => g=male c=GH",
    "gentlemen => g=male",
    "women => g=female",
    "woman => g=female",
    "female => g=female",
    "girls => g=female",
    "lady => g=female",
    "ladies in kenya => g=female c=KE",
    // both genders
    "men and women from nigeria => c=NG",
    "males or females above 40 => min=40",
    "people of both genders in ghana => c=GH",
    // age groups
    "children => ag=child",
    "child => ag=child",
    "kids from uganda => ag=child c=UG",
    "teens => ag=teenager",
    "teenager => ag=teenager",
    "teen girls => g=female ag=teenager",
    "adolescents => ag=teenager",
    "adults => ag=adult",
    "grown-ups in kenya => ag=adult c=KE",
    "grown ups => ag=adult",
    "seniors => ag=senior",
    "elderly women => g=female ag=senior",
    "old people from ghana => ag=senior c=GH",
    "pensioners => ag=senior",
    "retirees => ag=senior",
    "children and teenagers => max=19",
    "adults and seniors => min=20",
    // young
    "young people => min=16 max=24",
    "youths from kenya => c=KE min=16 max=24",
    "young adults => ag=adult min=16 max=24",
    "young above 20 => min=20 max=24",
    "young under 20 => min=16 max=20",
    "young people aged 30 => min=30 max=30",
    // lower bounds
    "over 40 => min=40",
    "older than 25 => min=25",
    "more than 50 women => g=female min=50",
    "at least 18 => min=18",
    "65 and over => min=65",
    "30+ men => g=male min=30",
    "over the age of 40 => min=40",
    "over thirty => min=30",
    "age > 30 => min=30",
    "not younger than 21 => min=21",
    // upper bounds
    "under 18 => max=18",
    "below 30 => max=30",
    "younger than 21 => max=21",
    "less than 10 => max=10",
    "at most 65 => max=65",
    "18 or younger => max=18",
    "under twenty-five => max=25",
    "not older than 40 => max=40",
    // ranges and exact ages
    "between 30 and 40 => min=30 max=40",
    "between 40 and 30 => min=30 max=40",
    "between the ages of 20 and 30 => min=20 max=30",
    "aged 20 to 30 => min=20 max=30",
    "from 20 to 30 years => min=20 max=30",
    "20-30 => min=20 max=30",
    "aged 20–30 => min=20 max=30",
    "above 30 and below 50 => min=30 max=50",
    "above 20 above 30 => min=30",
    "aged 25 => min=25 max=25",
    "25 years old => min=25 max=25",
    "men in their 30s => g=male min=30 max=39",
    "women in their thirties => g=female min=30 max=39",
    // countries: names, aliases, multi-word, accents
    "people from south africa => c=ZA",
    "from the united states => c=US",
    "usa => c=US",
    "women from the us => g=female c=US",
    "show us women => g=female",
    "uk => c=GB",
    "great britain => c=GB",
    "dr congo => c=CD",
    "drc => c=CD",
    "democratic republic of the congo => c=CD",
    "congo => c=CG",
    "côte d'ivoire => c=CI",
    "cote d'ivoire => c=CI",
    "Côte d’Ivoire => c=CI",
    "ivory coast => c=CI",
    "south sudan => c=SS",
    "sudan => c=SD",
    "niger => c=NE",
    "nigeria => c=NG",
    "sierra leone => c=SL",
    "burkina faso => c=BF",
    "cape verde => c=CV",
    "central african republic => c=CF",
    "guinea-bissau => c=GW",
    "são tomé and príncipe => c=ST",
    "SAO TOME AND PRINCIPE => c=ST",
    "people living in ghana => c=GH",
    "men from the isle of man => g=male c=IM",
    // demonyms
    "nigerians => c=NG",
    "nigerian => c=NG",
    "nigeriens => c=NE",
    "kenyan women => g=female c=KE",
    "ghanaian => c=GH",
    "south africans => c=ZA",
    "angolan men => g=male c=AO",
    "egyptians => c=EG",
    "ethiopian => c=ET",
    "americans => c=US",
    "british men => g=male c=GB",
    "indian women => g=female c=IN",
    "french => c=FR",
    "nigerians from nigeria => c=NG",
    // punctuation, case, filler words
    "Show me all the FEMALES, above 30?! => g=female min=30",
    "\"young\" 'males' => g=male min=16 max=24",
    "who are the adult men in kenya? => g=male ag=adult c=KE",
    "persons from angola => c=AO",
    "young males from nigeria' OR 1=1-- => g=male c=NG min=16 max=24",
    // word order
    "males from nigeria who are young => g=male c=NG min=16 max=24",
    "from kenya adult males => g=male ag=adult c=KE",
    "above 17 teenagers male and female => ag=teenager min=17",
    "from nigeria, above 30, women => g=female c=NG min=30",
    // probabilities
    "males with gender probability above 0.9 => g=male gp=0.9",
    "gender probability at least 90% => gp=0.9",
    "nigerians with country probability of at least 0.5 => c=NG cp=0.5",
    "gender probability greater than or equal to 0.8 => gp=0.8",
    "women, country confidence above 75 percent => g=female cp=0.75",
  };

  private static final String[] REJECTED = {
    "",
    "   ",
    "hello world",
    "123",
    "???",
    "malevolent people",
    "femaleness",
    "above 50 below 20",
    "young above 30",
    "children over 30",
    "children and seniors",
    "nigerians and ghanaians",
    "south americans",
    "males over 30.5",
    "aged 200",
    "not males",
    "non-nigerians",
    "women except nigerians",
    "people with no kids",
    "gender probability below 0.5",
    "country probability over 1.5",
  };

  static Stream<Arguments> understood() {
    return Arrays.stream(UNDERSTOOD)
        .map(line -> line.split(" => ", 2))
        .map(pair -> Arguments.of(pair[0], pair[1]));
  }

  static Stream<String> rejected() {
    return Arrays.stream(REJECTED);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @MethodSource("understood")
  void phrasingParsesToItsFilter(String query, String expected) {
    ProfileFilter filter = NaturalLanguageQuery.parse(query);

    assertThat(filter).isEqualTo(FilterSpec.of(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> " + ERROR)
  @MethodSource("rejected")
  void uninterpretablePhrasingIsRejectedWithTheDocumentedMessage(String query) {
    assertThatThrownBy(() -> NaturalLanguageQuery.parse(query))
        .isExactlyInstanceOf(QueryNotUnderstoodException.class)
        .hasMessage("Unable to interpret query");
  }
}
