import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * The gradient-boosted learner of oracle-bound.py: trains XGBoost on a float32 matrix and writes
 * the probability of each test row. Run with the assay jar on the class path (it carries
 * XGBoost4J): java -cp assay.jar OracleXgb.java X_TRAIN Y_TRAIN X_TEST WIDTH OUT [ROUNDS DEPTH ETA]
 * Files are raw little-endian float32; the gain of each feature used goes to standard output.
 */
public class OracleXgb {
  static float[] read(String file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(Path.of(file))).order(ByteOrder.LITTLE_ENDIAN);
    float[] f = new float[b.remaining() / 4];
    b.asFloatBuffer().get(f);
    return f;
  }

  static String[] names(int width) {
    String[] n = new String[width];
    for (int i = 0; i < width; i++) n[i] = "f" + i;
    return n;
  }

  public static void main(String[] a) throws Exception {
    int width = Integer.parseInt(a[3]);
    int rounds = a.length > 5 ? Integer.parseInt(a[5]) : 400;
    int depth = a.length > 6 ? Integer.parseInt(a[6]) : 6;
    double eta = a.length > 7 ? Double.parseDouble(a[7]) : 0.05;
    float[] x = read(a[0]);
    float[] y = read(a[1]);
    float[] t = read(a[2]);
    DMatrix train = new DMatrix(x, y.length, width, Float.NaN);
    train.setLabel(y);
    DMatrix test = new DMatrix(t, t.length / width, width, Float.NaN);
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("tree_method", "hist");
    p.put("max_depth", depth);
    p.put("eta", eta);
    p.put("min_child_weight", 1);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.8);
    p.put("seed", 7);
    p.put("nthread", 2);
    p.put("verbosity", 0);
    Booster booster = XGBoost.train(train, p, rounds, new HashMap<>(), null, null);
    float[][] pred = booster.predict(test);
    ByteBuffer out = ByteBuffer.allocate(pred.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] r : pred) out.putFloat(r[0]);
    Files.write(Path.of(a[4]), out.array());
    booster.getScore(names(width), "total_gain").entrySet().stream()
        .sorted((u, v) -> Double.compare(v.getValue(), u.getValue()))
        .forEach(e -> System.out.println(e.getKey() + "\t" + e.getValue()));
  }
}
