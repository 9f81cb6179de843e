/**
 * The return home service's interview tasks: one per child's return, due 72 real hours later,
 * claimed by interviewers, closed by the interview, announced in their feed; answers the MASH deadline
 * job which tasks are late (mash.LateInterviewTasks). Owns table return_home_task.
 */
package doorstep.returnhome;
