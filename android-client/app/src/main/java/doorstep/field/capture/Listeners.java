package doorstep.field.capture;

import android.text.Editable;
import android.text.TextWatcher;
import android.view.View;
import android.widget.AdapterView;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** The framework's listeners cut down to the one call each form field needs. */
final class Listeners {

    private Listeners() {
    }

    static TextWatcher afterTextChanged(Consumer<String> typed) {
        return new TextWatcher() {
            @Override
            public void beforeTextChanged(CharSequence s, int start, int count, int after) {
            }

            @Override
            public void onTextChanged(CharSequence s, int start, int before, int count) {
            }

            @Override
            public void afterTextChanged(Editable text) {
                typed.accept(text.toString());
            }
        };
    }

    static AdapterView.OnItemSelectedListener onPicked(IntConsumer position) {
        return new AdapterView.OnItemSelectedListener() {
            @Override
            public void onItemSelected(AdapterView<?> parent, View view, int picked, long id) {
                position.accept(picked);
            }

            @Override
            public void onNothingSelected(AdapterView<?> parent) {
            }
        };
    }
}
