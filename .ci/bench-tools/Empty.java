/** An empty main: the cost of starting the JVM itself, which the benchmark's cold-start ratio divides by. */
public final class Empty {
    public static void main(String[] args) {
    }
}
