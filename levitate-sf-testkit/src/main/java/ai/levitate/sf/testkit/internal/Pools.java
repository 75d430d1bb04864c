package ai.levitate.sf.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Word lists for the generator: the names, places and companies of realistic orgs. */
final class Pools {
  static final List<String> FIRST_NAMES =
      List.of(
          "James",
          "Mary",
          "Robert",
          "Patricia",
          "John",
          "Jennifer",
          "Michael",
          "Linda",
          "William",
          "Elizabeth",
          "David",
          "Barbara",
          "Richard",
          "Susan",
          "Joseph",
          "Jessica",
          "Thomas",
          "Sarah",
          "Charles",
          "Karen",
          "Christopher",
          "Margaret",
          "Daniel",
          "Katherine",
          "Matthew",
          "Nancy",
          "Anthony",
          "Rebecca",
          "Andrew",
          "Deborah",
          "Edward",
          "Dorothy",
          "Benjamin",
          "Alexandra",
          "Samuel",
          "Victoria",
          "Nicholas",
          "Priya",
          "Wei",
          "Aisha",
          "Mohammed",
          "Hiroshi",
          "Olga");
  static final List<String> UNUSUAL_FIRST_NAMES =
      List.of(
          "Zoë",
          "José",
          "Renée",
          "André",
          "Chloé",
          "Søren",
          "Björn",
          "Łukasz",
          "François",
          "Siobhán",
          "Nguyễn",
          "Ana-María",
          "Jean-Luc",
          "D'Andre",
          "Mary Kate",
          "Ólafur",
          "Çağla",
          "Jürgen");
  static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("William", "Bill"),
          Map.entry("Robert", "Bob"),
          Map.entry("Elizabeth", "Liz"),
          Map.entry("Richard", "Rick"),
          Map.entry("James", "Jim"),
          Map.entry("Margaret", "Peggy"),
          Map.entry("Katherine", "Kate"),
          Map.entry("Michael", "Mike"),
          Map.entry("Jennifer", "Jen"),
          Map.entry("Christopher", "Chris"),
          Map.entry("Alexandra", "Sasha"),
          Map.entry("Edward", "Ted"),
          Map.entry("Benjamin", "Ben"),
          Map.entry("Victoria", "Tori"),
          Map.entry("Nicholas", "Nick"),
          Map.entry("Anthony", "Tony"),
          Map.entry("Samuel", "Sam"),
          Map.entry("Dorothy", "Dot"),
          Map.entry("Deborah", "Debbie"),
          Map.entry("Charles", "Chuck"));
  static final List<String> LAST_NAMES =
      List.of(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Garcia",
          "Miller",
          "Davis",
          "Rodriguez",
          "Wilson",
          "Anderson",
          "Taylor",
          "Thomas",
          "Moore",
          "Jackson",
          "Martin",
          "Lee",
          "Thompson",
          "White",
          "Harris",
          "Clark",
          "Lewis",
          "Robinson",
          "Walker",
          "Young",
          "Allen",
          "King",
          "Wright",
          "Scott",
          "Green",
          "Baker",
          "Adams",
          "Nelson",
          "Hill",
          "Campbell",
          "Mitchell",
          "Patel",
          "Chen");
  static final List<String> UNUSUAL_LAST_NAMES =
      List.of(
          "O'Brien",
          "O'Neil",
          "D'Angelo",
          "McDonald",
          "van der Berg",
          "de la Cruz",
          "Müller",
          "Núñez",
          "Øvergaard",
          "Schmidt-Rottluff",
          "Martínez",
          "Nowak-Wiśniewska",
          "Ó Súilleabháin",
          "St. John",
          "Le Blanc",
          "Đặng");
  static final List<String> LONG_NAME_PARTS =
      List.of(
          "Wolfeschlegelsteinhausenbergerdorff",
          "Featherstonehaugh-Cholmondeley",
          "Vanderhoeven-Montgomery-Ashworth",
          "Papadopoulos-Konstantinidou",
          "Bartholomew-Fitzwilliam");
  static final List<String> STREET_NAMES =
      List.of(
          "Main",
          "Oak",
          "Maple",
          "Cedar",
          "Elm",
          "Washington",
          "Lake",
          "Hill",
          "Park",
          "Pine",
          "Sunset",
          "Highland",
          "Railroad",
          "Church",
          "Willow",
          "Mill",
          "River",
          "Jefferson");
  static final List<String> STREET_TYPES =
      List.of("St", "Ave", "Blvd", "Rd", "Ln", "Dr", "Way", "Court", "Place", "Street", "Avenue");
  static final List<String> SECOND_LINES =
      List.of(
          "Suite 200",
          "Apt 4B",
          "Floor 12",
          "Unit 7",
          "c/o Accounts Payable",
          "PO Box 1142",
          "Building C, Room 301");

  /** City, state, postal code and country, as they sit together on an envelope. */
  static final List<String[]> PLACES =
      List.of(
          new String[] {"Seattle", "WA", "98101", "United States"},
          new String[] {"Portland", "OR", "97205", "United States"},
          new String[] {"San Francisco", "CA", "94105", "United States"},
          new String[] {"Austin", "TX", "78701", "United States"},
          new String[] {"Boston", "MA", "02110", "United States"},
          new String[] {"Chicago", "IL", "60601", "United States"},
          new String[] {"New York", "NY", "10001", "USA"},
          new String[] {"Denver", "CO", "80202", "US"},
          new String[] {"Toronto", "ON", "M5H 2N2", "Canada"},
          new String[] {"Montréal", "QC", "H2Y 1C6", "Canada"},
          new String[] {"London", "", "EC1A 1BB", "United Kingdom"},
          new String[] {"München", "Bayern", "80331", "Germany"},
          new String[] {"Paris", "", "75001", "France"},
          new String[] {"Sydney", "NSW", "2000", "Australia"},
          new String[] {"Ciudad de México", "CDMX", "06000", "Mexico"},
          new String[] {"Dublin", "", "D02 XY45", "Ireland"});

  static final Map<String, String> COUNTRY_CODES =
      Map.ofEntries(
          Map.entry("United States", "US"),
          Map.entry("USA", "US"),
          Map.entry("US", "US"),
          Map.entry("Canada", "CA"),
          Map.entry("United Kingdom", "GB"),
          Map.entry("Germany", "DE"),
          Map.entry("France", "FR"),
          Map.entry("Australia", "AU"),
          Map.entry("Mexico", "MX"),
          Map.entry("Ireland", "IE"));
  static final List<String> TITLES =
      List.of(
          "CEO",
          "CFO",
          "Chief Operating Officer",
          "VP of Sales",
          "Director of Marketing",
          "Account Manager",
          "Financial Advisor",
          "Wealth Manager",
          "Senior Partner",
          "Owner",
          "Office Manager",
          "Software Engineer",
          "Retired",
          "Attorney",
          "Principal",
          "Consultant");
  static final List<String> DEPARTMENTS =
      List.of("Sales", "Finance", "Operations", "Marketing", "Legal", "Engineering", "Executive");
  static final List<String> COMPANY_FIRST =
      List.of(
          "Acme",
          "Northwind",
          "Contoso",
          "Globex",
          "Initech",
          "Umbrella",
          "Stark",
          "Wayne",
          "Blue Sky",
          "Evergreen",
          "Summit",
          "Harbor",
          "Pinnacle",
          "Redwood",
          "Silver Lake",
          "Müller & Söhne",
          "O'Reilly",
          "Café Lumière",
          "Keystone",
          "Atlas");
  static final List<String> COMPANY_LAST =
      List.of(
          "Corp",
          "Inc.",
          "LLC",
          "Traders",
          "Partners",
          "Holdings",
          "Group",
          "GmbH",
          "Capital",
          "Wealth Management",
          "Family Office",
          "& Co.",
          "Industries",
          "Advisors");
  static final List<String> INDUSTRIES =
      List.of(
          "Banking",
          "Finance",
          "Technology",
          "Healthcare",
          "Insurance",
          "Real Estate",
          "Retail",
          "Manufacturing",
          "Consulting",
          "Education");
  static final List<String> EMAIL_DOMAINS =
      List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "aol.com");
  static final List<String> SPOUSES =
      List.of(
          "Pat", "Chris", "Alex", "Jordan", "Sam", "Taylor", "Morgan", "Jamie", "Robin", "Dana");
  static final List<String> REFERRALS =
      List.of(
          "Golf club",
          "  Country   club  ",
          "Existing client",
          "Seminar",
          "LinkedIn",
          "Charity gala",
          "Accountant referral");

  private Pools() {}

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
