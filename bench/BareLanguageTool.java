import java.nio.file.Files;
import java.nio.file.Path;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/** The peer for the report benchmark: a bare embedded LanguageTool check of one French file, nothing else. */
public class BareLanguageTool {
  public static void main(String[] args) throws Exception {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
    int n = lt.check(Files.readString(Path.of(args[0]))).size();
    System.out.println(n + " matches");
  }
}
