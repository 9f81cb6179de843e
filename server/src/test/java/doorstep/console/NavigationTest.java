package doorstep.console;

import doorstep.console.internal.NavigationItem;
import doorstep.console.internal.PageFrame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The console's navigation says where the user is: the page itself, or the section a page belongs to. */
class NavigationTest {

    private static List<NavigationItem> navigationAt(String path, boolean manager) {
        return new PageFrame("Title", "nonce", "token", manager, path).navigation();
    }

    @Test
    void theQueueIsThePageOnTheQueueAndTheSectionOnAContact() {
        assertEquals(new NavigationItem("/console/queue", "Queue", "page"), navigationAt("/console/queue", false).get(0));
        assertEquals(new NavigationItem("/console/queue", "Queue", "true"),
                navigationAt("/console/contacts/4b0c1d9e-6f0a-4c53-9d38-5b1f5e0f2a11/decision", false).get(0));
    }

    @Test
    void possibleMatchesIsTheSectionOfEveryReviewAndMerge() {
        assertEquals("page", navigationAt("/console/people/reviews", false).get(1).current());
        assertEquals("true", navigationAt("/console/people/reviews/4b0c1d9e-6f0a-4c53-9d38-5b1f5e0f2a11", false).get(1).current());
        assertEquals("true", navigationAt("/console/people/merges/4b0c1d9e-6f0a-4c53-9d38-5b1f5e0f2a11/undo", false).get(1).current());
    }

    @Test
    void onlyAManagerHasTheManagerViewAndNothingIsMarkedOnAnotherPage() {
        assertEquals(List.of("Queue", "Possible matches"),
                navigationAt("/console/queue", false).stream().map(NavigationItem::text).toList());
        assertEquals(new NavigationItem("/console/oversight", "Manager view", "page"), navigationAt("/console/oversight", true).get(2));
        assertEquals(List.of(false, false, false),
                navigationAt("/console/no-access", true).stream().map(NavigationItem::active).toList());
    }
}
