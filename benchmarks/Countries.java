// Prints the JDK's English country names with their ISO 3166-1 alpha-3 codes, for generate-events.py.
import java.util.Locale;
public class Countries {
    public static void main(String[] a) {
        for (String c : Locale.getISOCountries()) {
            Locale l = new Locale("", c);
            System.out.println(l.getDisplayCountry(Locale.ENGLISH) + "\t" + l.getISO3Country());
        }
    }
}
